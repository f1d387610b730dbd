package ru.mentoring.portal.mypairs;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** «Мои пары» through HTTP, as the mentor's and the mentee's own token reads them. */
class MyPairsFlowTest {

    private static final String OTHER = "/school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR;

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void aMentorOfAnotherSchoolsPupilWorksOnThePairThroughTheMinimalCard() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 200, PairWorkJson.otherSchoolPair())
                .answer("GET " + OTHER + "/plan", 200, PairWorkJson.plan(PairWorkJson.OTHER_SCHOOL_PAIR))
                .answer("GET " + OTHER + "/meetings", 200, PairWorkJson.noMeetings());

        HttpResponse<String> answer = portal.get("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, mentor);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly("PDF", "DOCX");
        assertThat(page.text()).contains("Пётр (7Б)", "Куратор: Орлова Светлана Игоревна",
                "Встречи ещё не записаны", "Встреч пока не было");
        assertThat(backends.calls()).allSatisfy(c -> assertThat(c.authorization())
                .isEqualTo("Bearer " + PortalUsers.TOKEN + "-mentor1"));
        assertThat(backends.calls()).extracting(Backends.Call::path)
                .as("the school's own view of the pair is the curator's, not the mentor's")
                .doesNotContain("/school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR);
    }

    @Test
    void aPairThatCameWithItsPlanAndLogIsShownFromThatOneCall() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        String withWork = PairWorkJson.otherSchoolPair().replaceFirst("}\\s*$", ",\"plan\":"
                + PairWorkJson.plan(PairWorkJson.OTHER_SCHOOL_PAIR) + ",\"meetings\":" + PairWorkJson.meetings() + "}");
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 200, withWork);

        Rendered page = new Rendered(portal.get("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, mentor).body())
                .assertRussianOnly("PDF", "DOCX", "XLSX", "PPTX", "JPEG", "PNG", "TXT", "pdf");

        assertThat(page.text()).contains("Провести открытый урок", "Встреч проведено: 2");
        assertThat(backends.calls("GET /school")).hasSize(1);
    }

    @Test
    void aPlanThatDoesNotAnswerCostsOnlyThePairsWork() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 200, PairWorkJson.otherSchoolPair())
                .answer("GET " + OTHER + "/plan", 503, "{}");

        HttpResponse<String> answer = portal.get("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, mentor);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new Rendered(answer.body()).assertRussianOnly().text()).contains("Пётр (7Б)",
                "План и журнал встреч пары сейчас не открываются").doesNotContain("Работа пары ещё не началась");
    }

    @Test
    void aPairTheMentorDoesNotHaveIsNotFound() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 404,
                "{\"status\":404,\"detail\":\"Пара не найдена\"}");

        assertThat(portal.get("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, mentor).statusCode()).isEqualTo(404);
    }

    @Test
    void aMenteeListsTheirOwnPairs() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));
        backends.answer("GET /school/api/me/pairs", 200, "{\"items\":[" + PairWorkJson.ownPair() + "]}");

        Rendered page = new Rendered(portal.get("/my-pairs", mentee).body()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Моё наставничество");
        assertThat(page.text()).contains("наставляемый", "Иванова Мария Петровна", "Встреч ждут вашего подтверждения: 1");
    }

    @Test
    void aCuratorHasNoOwnPairsPage() {
        HttpResponse<String> answer = portal.get("/my-pairs", portal.signIn(PortalUsers.curatorLogin("1")));

        assertThat(answer.statusCode()).isIn(303, 403);
    }
}
