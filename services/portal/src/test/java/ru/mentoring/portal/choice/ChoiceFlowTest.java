package ru.mentoring.portal.choice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutual choice both ways: the school's pick waits for the mentor, the mentor accepts or declines. */
class ChoiceFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void theMenteesPickIsAChoicePairThatWaitsForTheMentor() {
        String curator = portal.signIn(PortalUsers.curatorLogin("1"));
        Answers.catalogues(backends)
                .answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil())
                .answer("GET /school/api/directory/mentors", 200, SchoolJson.directory(1))
                .answer("GET /school/api/matching/candidates", 200, """
                        {"items":[{"mentorId":"%s","mentorName":"Петров Пётр Андреевич","score":30,"reasons":[]}]}"""
                        .formatted(BankMother.PETROV))
                .answer("POST /school/api/pairs", 201, SchoolJson.pair(SchoolMother.PAIR, BankMother.PETROV,
                        "Петров Пётр Андреевич", SchoolMother.PUPIL, "Петров Пётр Петрович", "CHOICE",
                        "AWAITING_MENTOR", "ждёт согласия наставника"));

        Rendered shortlist = new Rendered(portal.get("/choice/" + SchoolMother.PUPIL, curator).body()).assertRussianOnly();
        HttpResponse<String> chosen = portal.post("/matching/accept", curator, Map.of("menteeId",
                SchoolMother.PUPIL.toString(), "mentorId", BankMother.PETROV.toString(), "how", "CHOICE", "back",
                "/choice/" + SchoolMother.PUPIL, "form", "STUDENT_PUPIL", "startsOn", "2026-10-01", "endsOn", "2027-05-31"));

        assertThat(shortlist.heading()).isEqualTo("Взаимный выбор: Петров Пётр Петрович");
        assertThat(shortlist.text()).contains("Петров Пётр Андреевич 30", "Выбрать этого наставника");
        assertThat(chosen.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.PAIR);
        assertThat(backends.calls("POST /school/api/pairs").getFirst().body()).contains("\"how\":\"CHOICE\"");
    }

    @Test
    void theMentorAcceptsOrDeclinesWithAReason() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        Answers.catalogues(backends)
                .answer("GET /school/api/me/pair-offers", 200, """
                        {"items":[{"pairId":"%s","schoolId":"1","formTitle":"студент – ученик","startsOn":"2026-10-01",
                                   "endsOn":"2027-05-31","status":"ждёт согласия наставника",
                                   "mentees":[{"firstName":"Пётр","grade":"9Б"}]}]}""".formatted(SchoolMother.PAIR))
                .answer("POST /school/api/me/pair-offers/" + SchoolMother.PAIR + "/accept", 200,
                        "{\"pairId\":\"%s\",\"mentees\":[]}".formatted(SchoolMother.PAIR))
                .answer("POST /school/api/me/pair-offers/" + SchoolMother.PAIR + "/decline", 200,
                        "{\"pairId\":\"%s\",\"mentees\":[]}".formatted(SchoolMother.PAIR));

        Rendered offers = new Rendered(portal.get("/offers", mentor).body()).assertRussianOnly();
        HttpResponse<String> accepted = portal.post("/offers/" + SchoolMother.PAIR + "/accept", mentor, Map.of());
        HttpResponse<String> declined = portal.post("/offers/" + SchoolMother.PAIR + "/decline", mentor,
                Map.of("reason", "нет свободного времени"));

        assertThat(offers.text()).contains("Пётр, 9Б класс", "студент – ученик 01.10.2026 — 31.05.2027");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(declined.headers().firstValue("Location")).hasValue("/offers");
        assertThat(backends.calls("POST /school/api/me/pair-offers/" + SchoolMother.PAIR + "/decline").getFirst().body())
                .isEqualTo("{\"reason\":\"нет свободного времени\"}");
        assertThat(backends.calls()).allSatisfy(c -> assertThat(c.authorization()).endsWith("-mentor1"));
    }

    @Test
    void aCuratorHasNoOffersPage() {
        HttpResponse<String> answer = portal.get("/offers", portal.signIn(PortalUsers.curatorLogin("1")));

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(backends.calls()).isEmpty();
    }
}
