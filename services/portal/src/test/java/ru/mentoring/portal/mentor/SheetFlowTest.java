package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel lists through the portal: the bank's export as a download, an upload on to the bank. */
class SheetFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());

    @Test
    void exportIsHandedOnWithTheBanksTypeAndFileName() {
        byte[] sheet = {'P', 'K', 3, 4, 1, 2, 3};
        backends.answer("GET /mentor-bank/api/mentors/export", 200, SheetController.XLSX, sheet,
                Map.of("Content-Disposition", "attachment; filename=\"mentor-bank.xlsx\""));

        HttpResponse<byte[]> file = portal.download("/bank/export.xlsx", methodist);

        assertThat(file.statusCode()).as(new String(file.body())).isEqualTo(200);
        assertThat(file.body()).isEqualTo(sheet);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(SheetController.XLSX);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"mentor-bank.xlsx\"");
        assertThat(backends.calls().getFirst().accept()).isEqualTo(SheetController.XLSX);
    }

    @Test
    void uploadGoesOnToTheBankAsTheSameMultipartFile() {
        backends.answer("POST /mentor-bank/api/mentors/import", 200, """
                {"imported":2,"rejected":[{"row":4,"fullName":"Петров","reason":"Не указана категория"}],
                 "skippedEmptyRows":0}""");

        HttpResponse<String> answer = portal.post("/bank/import", methodist, "multipart/form-data; boundary=XYZ",
                multipart("наставники.xlsx", "PK-sheet"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.text()).contains("Загружено наставников: 2", "4 Петров Не указана категория");
        assertThat(backends.calls("POST /mentor-bank/api/mentors/import").getFirst().body())
                .isEqualTo("file наставники.xlsx 8 " + SheetController.XLSX + " true");
    }

    @Test
    void uploadWithoutAFileIsExplainedUnderTheFileField() {
        HttpResponse<String> answer = portal.post("/bank/import", methodist, "multipart/form-data; boundary=XYZ",
                "--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new Rendered(answer.body()).assertRussianOnly().field("file").errors())
                .containsExactly("Выберите файл Excel (.xlsx) со списком наставников");
        assertThat(backends.calls()).isEmpty();
    }

    private static byte[] multipart(String filename, String content) {
        return ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + SheetController.XLSX + "\r\n\r\n" + content + "\r\n--XYZ--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
