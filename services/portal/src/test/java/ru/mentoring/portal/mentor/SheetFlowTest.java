package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel lists through the portal: the bank's export as a download; an upload that is first the
 * bank's preview, kept until the methodist confirms it (the same file sent once more, for real) or cancels.
 */
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
    void theUploadIsFirstAPreviewAndTheConfirmationSendsTheSameFileForReal() {
        Answers.catalogues(backends).answer("POST /mentor-bank/api/mentors/import", 200, """
                {"imported":2,"rejected":[{"row":4,"fullName":"Петров","reason":"Дубликат: e-mail уже есть"}],
                 "skippedEmptyRows":0,"dryRun":true,"warnings":1,
                 "rows":[{"sheet":"База","row":3,"fullName":"Иванова","status":"IMPORT",
                          "warnings":[{"column":"Телефон","cell":"D3","message":"«звонить» — не номер телефона: не записан"}],
                          "strengths":[],"ownStrengths":[]}],
                 "ownStrengths":[]}""");

        HttpResponse<String> preview = portal.post("/bank/import", methodist, "multipart/form-data; boundary=XYZ",
                multipart("наставники.xlsx", "PK-sheet", "1"));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Rendered page = new Rendered(preview.body()).assertRussianOnly();
        assertThat(page.text()).contains("Будет загружено наставников: 2", "Предупреждений: 1.",
                "D3 «Телефон»: «звонить» — не номер телефона: не записан", "Загрузить в банк");
        var asked = backends.calls("POST /mentor-bank/api/mentors/import").getFirst();
        assertThat(asked.body()).isEqualTo("file наставники.xlsx 8 " + SheetController.XLSX + " true");
        assertThat(asked.query()).contains("dryRun=true", "school=1");

        backends.answer("POST /mentor-bank/api/mentors/import", 200, """
                {"imported":2,"rejected":[],"skippedEmptyRows":0,"dryRun":false,"warnings":1,"rows":[],"ownStrengths":[]}""");
        HttpResponse<String> done = portal.post("/bank/import/confirm", methodist, Map.of());

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(new Rendered(done.body()).assertRussianOnly().text()).contains("Загружено наставников: 2")
                .doesNotContain("Загрузить в банк");
        var confirmed = backends.calls("POST /mentor-bank/api/mentors/import").getLast();
        assertThat(confirmed.body()).isEqualTo("file наставники.xlsx 8 " + SheetController.XLSX + " true");
        assertThat(confirmed.query()).contains("dryRun=false", "school=1");

        HttpResponse<String> again = portal.post("/bank/import/confirm", methodist, Map.of());
        assertThat(again.statusCode()).as("the file is sent once").isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue("/bank/import");
    }

    @Test
    void aCancelledPreviewSendsNothingMore() {
        Answers.catalogues(backends).answer("POST /mentor-bank/api/mentors/import", 200, """
                {"imported":1,"rejected":[],"skippedEmptyRows":0,"dryRun":true}""");
        HttpResponse<String> preview = portal.post("/bank/import", methodist, "multipart/form-data; boundary=XYZ",
                multipart("база.xlsx", "PK", null));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);

        HttpResponse<String> cancelled = portal.post("/bank/import/cancel", methodist, Map.of());

        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/bank");
        assertThat(portal.post("/bank/import/confirm", methodist, Map.of()).statusCode()).isEqualTo(303);
        assertThat(backends.calls("POST /mentor-bank/api/mentors/import")).hasSize(1);
    }

    @Test
    void uploadWithoutAFileIsExplainedUnderTheFileField() {
        Answers.catalogues(backends);
        HttpResponse<String> answer = portal.post("/bank/import", methodist, "multipart/form-data; boundary=XYZ",
                "--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new Rendered(answer.body()).assertRussianOnly().field("file").errors())
                .containsExactly("Выберите файл Excel (.xlsx) со списком наставников");
        assertThat(backends.calls("POST")).isEmpty();
    }

    private static byte[] multipart(String filename, String content, String school) {
        return ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + SheetController.XLSX + "\r\n\r\n" + content + "\r\n"
                + (school == null ? "" : "--XYZ\r\nContent-Disposition: form-data; name=\"school\"\r\n\r\n" + school + "\r\n")
                + "--XYZ--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
