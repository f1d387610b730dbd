package ru.mentoring.portal.mentee;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mentee base's Excel both ways: the import previewed first, then the very file previewed written. */
class MenteeSheetFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    @Test
    void aPreviewWritesNothingAndTheConfirmationSendsTheSameFileForReal() {
        backends.answer("POST /school/api/mentees/import", 200, """
                {"dryRun":true,"imported":0,"rows":[
                  {"sheet":"База","row":2,"fullName":"Петров Пётр","status":"WOULD_IMPORT",
                   "warnings":[{"column":"Класс","message":"класс «9 б» записан как 9Б"}],"refusal":null},
                  {"sheet":"База","row":3,"fullName":null,"status":"REFUSED","warnings":[],"refusal":"Не указано ФИО"}]}""");

        HttpResponse<String> preview = portal.post("/mentees/import", curator, "multipart/form-data; boundary=XYZ",
                multipart("база.xlsx", "PK-sheet-of-mentees"));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Rendered page = new Rendered(preview.body()).assertRussianOnly();
        assertThat(page.text()).contains("Будет загружено: 1", "«Класс»: класс «9 б» записан как 9Б",
                "3 — не будет загружена Не указано ФИО");
        assertThat(backends.calls("POST /school/api/mentees/import").getFirst().query()).isEqualTo("dryRun=true");

        backends.answer("POST /school/api/mentees/import", 200, """
                {"dryRun":false,"imported":1,"rows":[
                  {"sheet":"База","row":2,"fullName":"Петров Пётр","status":"IMPORTED","warnings":[],"refusal":null}]}""");
        HttpResponse<String> confirmed = portal.post("/mentees/import/confirm", curator, Map.of());

        assertThat(new Rendered(confirmed.body()).assertRussianOnly().text()).contains("Загружено наставляемых: 1.");
        var calls = backends.calls("POST /school/api/mentees/import");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).query()).isEqualTo("dryRun=false");
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body())
                .isEqualTo("file база.xlsx 19 " + SchoolClient.XLSX + " true");

        HttpResponse<String> again = portal.post("/mentees/import/confirm", curator, Map.of());
        assertThat(again.statusCode()).as("a preview is confirmed once").isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue("/mentees/import");
        assertThat(backends.calls("POST /school/api/mentees/import")).hasSize(2);
    }

    @Test
    void anUploadWithoutAFileIsExplainedUnderTheFileField() {
        HttpResponse<String> answer = portal.post("/mentees/import", curator, "multipart/form-data; boundary=XYZ",
                "--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new Rendered(answer.body()).assertRussianOnly().field("file").errors())
                .containsExactly("Выберите файл Excel (.xlsx) с базой наставляемых");
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void theExportIsHandedOnWithTheSchoolsFileName() {
        byte[] sheet = {'P', 'K', 3, 4, 9};
        backends.answer("GET /school/api/mentees/export", 200, SchoolClient.XLSX, sheet,
                Map.of("Content-Disposition", "attachment; filename=\"document.xlsx\"; filename*=UTF-8''База"));

        HttpResponse<byte[]> file = portal.download("/mentees/export.xlsx", curator);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(sheet);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(SchoolClient.XLSX);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("document.xlsx"));
        assertThat(backends.calls().getFirst().accept()).contains(SchoolClient.XLSX);
    }

    private static byte[] multipart(String filename, String content) {
        return ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + SchoolClient.XLSX + "\r\n\r\n" + content + "\r\n--XYZ--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
