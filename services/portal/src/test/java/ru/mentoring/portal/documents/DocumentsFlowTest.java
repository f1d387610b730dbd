package ru.mentoring.portal.documents;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.support.time.Today;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment order handed on from the school service in the format and for the year asked. */
class DocumentsFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    @Test
    void theOrderOfTheYearAskedComesAsTheSchoolServiceMadeIt() {
        byte[] docx = "PK приказ".getBytes(StandardCharsets.UTF_8);
        backends.answer("GET /school/api/documents/assignment-order", 200, SchoolClient.DOCX, docx,
                Map.of("Content-Disposition", "attachment; filename=\"document.docx\"; filename*=UTF-8''%D0%9F"));

        HttpResponse<byte[]> file = portal.download("/documents/assignment-order?year=2025/2026&format=docx", curator);
        HttpResponse<byte[]> odd = portal.download("/documents/assignment-order?year=2025/2027&format=pdf", curator);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(docx);
        assertThat(file.headers().firstValue("Content-Type")).hasValue(SchoolClient.DOCX);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("filename*="));
        String year = portal.bean(Today.class).schoolYear().replace("/", "%2F");
        assertThat(backends.calls()).extracting(Backends.Call::query)
                .as("an impossible year is the current one").containsExactly("year=2025%2F2026&format=docx",
                        "year=" + year + "&format=pdf");
        assertThat(backends.calls().getFirst().accept()).contains(SchoolClient.PDF, SchoolClient.DOCX);
    }

    @Test
    void thePageListsTheYearsOfTheProgrammes() {
        backends.answer("GET /school/api/programmes", 200, SchoolJson.programmes())
                .answer("GET /school/api/pairs", 200, SchoolJson.items());

        Rendered page = new Rendered(portal.get("/documents?year=2026/2027", curator).body()).assertRussianOnly("PDF", "DOCX");

        assertThat(page.field("year").html()).contains("<option value=\"2026/2027\" selected=\"selected\">");
    }
}
