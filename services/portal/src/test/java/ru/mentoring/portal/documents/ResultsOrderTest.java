package ru.mentoring.portal.documents;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The order on results (приказ об итогах) on «Документы»: the pairs that ended, and the file as the service made it. */
class ResultsOrderTest {

    @Test
    void thePairsThatEndedThatYearAreListedUnderTheOrderOnResults() {
        var page = DocumentsPage.of("2026/2027", List.of("2026/2027"), List.of(PairWorkMother.completedPupilPair(),
                PairWorkMother.terminatedTeacherPair(), SchoolMother.teacherPair()));

        Rendered rendered = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(rendered.text()).contains("Приказ об итогах наставничества");
        assertThat(page.ended()).extracting(DocumentsPage.Row::status).containsExactly("завершена", "прекращена досрочно");
        assertThat(rendered.html()).contains("href=\"/documents/results-order?year=2026/2027&amp;format=docx\"");
    }

    @Test
    void theOrderIsHandedOnForTheYearAsked() {
        PortalHarness portal = PortalHarness.get();
        Backends backends = portal.backends();
        backends.answer("GET /school/api/documents/results-order", 200, "application/pdf", "%PDF-1.7".getBytes(),
                Map.of("Content-Disposition", "attachment; filename=\"results-order.pdf\""));

        HttpResponse<byte[]> file = portal.download("/documents/results-order?year=2026/2027&format=pdf",
                portal.signIn(PortalUsers.curatorLogin("1")));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(backends.calls("GET /school/api/documents/results-order").getFirst().query())
                .contains("year=2026%2F2027", "format=pdf");
    }
}
