package ru.mentoring.portal.oversight;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The board through HTTP: one call to the school service, a concern flagged from it. */
class OversightFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    @Test
    void theBoardIsOneCallAndAnUnknownFilterShowsEveryPair() {
        backends.answer("GET /school/api/oversight", 200, PairWorkJson.board());

        HttpResponse<String> answer = portal.get("/oversight?show=%3Cscript%3E", curator);

        assertThat(answer.statusCode()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.text()).contains("Петров Пётр Петрович", "Сидорова Анна Викторовна");
        assertThat(backends.calls("GET /school")).hasSize(1);
    }

    @Test
    void aConcernFlaggedFromTheBoardComesBackToTheBoard() {
        // the school service answers the concern as recorded
        backends.answer("POST /school/api/pairs/" + SchoolMother.PAIR + "/concerns", 201,
                "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"text\":\"Пропускает встречи второй месяц\","
                        + "\"createdBy\":\"curator1\",\"createdAt\":\"2026-12-01T09:00:00Z\"}");

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/concerns", curator,
                Map.of("text", "Пропускает встречи второй месяц", "from", "oversight"));

        assertThat(answer.headers().firstValue("Location")).hasValue("/oversight#pair-" + SchoolMother.PAIR);
        assertThat(backends.calls("POST").getFirst().body()).contains("\"text\":\"Пропускает встречи второй месяц\"");
    }

    @Test
    void aConcernTheServiceRefusesIsSaidAndNothingElseHappens() {
        backends.answer("POST /school/api/pairs/" + SchoolMother.TEACHER_PAIR + "/concerns", 422,
                Answers.problem(422, "Данные не прошли проверку", "Опасение отмечают только в парах с несовершеннолетними", "[]"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/concerns", curator,
                Map.of("text", "что-то не так", "from", "https://example.org"));

        assertThat(answer.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.TEACHER_PAIR);
        backends.answer("GET /school/api/oversight", 200, PairWorkJson.board());
        assertThat(new Rendered(portal.get("/oversight", curator).body()).text())
                .contains("Опасение отмечают только в парах с несовершеннолетними");
    }

    @Test
    void anEmptyConcernIsNotSent() {
        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/concerns", curator,
                Map.of("text", " ", "from", "oversight"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void theBoardIsTheCuratorsOnly() {
        HttpResponse<String> answer = portal.get("/oversight", portal.signIn(PortalUsers.mentorLogin()));

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(backends.calls()).isEmpty();
    }
}
