package ru.mentoring.portal.completion;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.support.time.Today;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Completion, termination, assessments and the proposal to the library through HTTP. */
class CompletionFlowTest {

    private static final String PAIR = "/school/api/pairs/" + SchoolMother.PAIR;
    private static final String TEACHER_PAIR = "/school/api/pairs/" + SchoolMother.TEACHER_PAIR;

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private Backends pairs() {
        return backends.answer("GET " + PAIR, 200, PairWorkJson.activePupilPair())
                .answer("GET " + TEACHER_PAIR, 200, SchoolJson.pair(SchoolMother.TEACHER_PAIR, BankMother.IVANOVA,
                        "Иванова Мария Петровна", SchoolMother.TEACHER, "Сидорова Анна Викторовна", "ASSIGNMENT",
                        "ACTIVE", "работает"));
    }

    @Test
    void completionIsAskedOnceMoreThenSentWithEverythingTyped() {
        pairs().answer("POST " + PAIR + "/completion", 200, PairWorkJson.completedPupilPair());
        String until = portal.bean(Today.class).date().plusMonths(6).toString();
        String[] typed = {"results", "Оценка выросла до «4»", "mentorScore", "8", "mentorText", "Старался",
                "menteeScore", "", "menteeText", "", "decision", "CONTINUE", "continueTopic", "Подготовка к ОГЭ",
                "continueUntil", until, "readiness", ""};

        HttpResponse<String> asked = portal.post("/pairs/" + SchoolMother.PAIR + "/completion", curator, FormBody.TYPE,
                FormBody.of(typed));

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        Rendered confirm = new Rendered(asked.body()).assertRussianOnly();
        assertThat(confirm.text()).contains("Завершить наставничество?",
                "Решение: продолжить с новой темой и сроком — «Подготовка к ОГЭ»",
                "места наставника вернутся в банк наставников");
        assertThat(confirm.html()).contains("name=\"results\" value=\"Оценка выросла до «4»\"",
                "name=\"continueUntil\" value=\"" + until + "\"", "name=\"confirmed\" value=\"true\"");
        assertThat(backends.calls("POST")).isEmpty();

        String[] confirmed = java.util.Arrays.copyOf(typed, typed.length + 2);
        confirmed[typed.length] = "confirmed";
        confirmed[typed.length + 1] = "true";
        HttpResponse<String> done = portal.post("/pairs/" + SchoolMother.PAIR + "/completion", curator, FormBody.TYPE,
                FormBody.of(confirmed));

        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.PAIR);
        assertThat(backends.calls("POST " + PAIR + "/completion").getFirst().body()).contains(
                "\"results\":\"Оценка выросла до «4»\"", "\"mentorScore\":8", "\"decision\":\"CONTINUE\"",
                "\"continueTopic\":\"Подготовка к ОГЭ\"", "\"continueUntil\":\"" + until + "\"")
                .doesNotContain("menteeScore\":0");
    }

    @Test
    void continuingNeedsATopicAndATermAndATeacherPairTheReadinessVerdictAllSaidAtOnce() {
        pairs();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/completion", curator,
                FormBody.TYPE, FormBody.of("results", "", "mentorScore", "12", "decision", "CONTINUE",
                        "continueTopic", "", "continueUntil", "", "readiness", ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("results").errors()).containsExactly("Опишите результаты наставничества");
        assertThat(page.field("mentorScore").errors()).containsExactly("Оценка — целое число от 1 до 10");
        assertThat(page.field("continueTopic").errors()).containsExactly("Укажите новую тему, чтобы продолжить");
        assertThat(page.field("continueUntil").errors()).containsExactly("Укажите новый срок, чтобы продолжить");
        assertThat(page.field("readiness").errors())
                .containsExactly("Для пары педагогов укажите вывод о готовности наставляемого");
        assertThat(page.field("decision").html()).contains("value=\"CONTINUE\" checked=\"checked\"");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aPairThatNeverMetIsRefusedByTheServiceAndTheFormComesBackAsTyped() {
        pairs().answer("POST " + TEACHER_PAIR + "/completion", 422, Answers.problem(422, "Данные не прошли проверку",
                "Пара не провела ни одной встречи: завершить её нельзя", "[]"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/completion", curator,
                FormBody.TYPE, FormBody.of("results", "Адаптация прошла", "decision", "STOP", "readiness",
                        "READY_WITH_SUPPORT", "confirmed", "true"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Пара не провела ни одной встречи: завершить её нельзя");
        assertThat(page.field("readiness").html()).contains("value=\"READY_WITH_SUPPORT\" checked=\"checked\"");
        assertThat(backends.calls("POST " + TEACHER_PAIR + "/completion").getFirst().body())
                .contains("\"readiness\":\"READY_WITH_SUPPORT\"", "\"decision\":\"STOP\"");
    }

    @Test
    void terminationIsAskedOnceMoreNamingTheReasonThenSent() {
        pairs().answer("GET /school/api/termination-reasons", 200, PairWorkJson.reasons())
                .answer("POST " + TEACHER_PAIR + "/termination", 200, PairWorkJson.terminatedTeacherPair());

        HttpResponse<String> asked = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/termination", curator,
                FormBody.TYPE, FormBody.of("initiator", "MENTEE", "reason", "moved", "comment", "Переехала"));

        Rendered confirm = new Rendered(asked.body()).assertRussianOnly();
        assertThat(confirm.text()).contains("Прекратить наставничество досрочно?", "Инициатор: наставляемый",
                "Причина: Переезд", "Комментарий: Переехала");
        assertThat(backends.calls("POST")).isEmpty();

        HttpResponse<String> done = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/termination", curator,
                FormBody.TYPE, FormBody.of("initiator", "MENTEE", "reason", "moved", "comment", "Переехала",
                        "confirmed", "true"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(backends.calls("POST " + TEACHER_PAIR + "/termination").getFirst().body()).contains(
                "\"initiator\":\"MENTEE\"", "\"reason\":\"moved\"", "\"comment\":\"Переехала\"");
    }

    @Test
    void aTerminationWithoutInitiatorOrReasonIsNotAskedAbout() {
        pairs().answer("GET /school/api/termination-reasons", 200, PairWorkJson.reasons());

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/termination", curator,
                FormBody.TYPE, FormBody.of("initiator", "", "reason", "", "comment", "без причины"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("initiator").errors())
                .containsExactly("Укажите, по чьей инициативе прекращается наставничество");
        assertThat(page.field("reason").errors()).containsExactly("Выберите причину из списка");
        assertThat(page.field("comment").html()).contains("без причины");
    }

    @Test
    void onlyTheCuratorTerminates() {
        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/termination",
                portal.signIn(PortalUsers.mentorLogin()), FormBody.TYPE, FormBody.of("initiator", "MENTOR",
                        "reason", "moved", "confirmed", "true"));

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(answer.headers().firstValue("Location").orElse("/forbidden")).isEqualTo("/forbidden");
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void theAssessmentFormStartsFromTheOneGivenBefore() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));
        backends.answer("GET /school/api/me/pairs/" + SchoolMother.TEACHER_PAIR, 200, PairWorkJson.ownPair())
                .answer("GET " + TEACHER_PAIR + "/assessments", 200,
                        "{\"mentorScore\":null,\"mentorText\":null,\"menteeScore\":7,\"menteeText\":\"Полезно\"}");

        Rendered page = new Rendered(portal.get("/pairs/" + SchoolMother.TEACHER_PAIR + "/assessment", mentee).body())
                .assertRussianOnly();

        assertThat(page.field("score").html()).contains("value=\"7\"");
        assertThat(page.field("text").html()).contains("Полезно");
    }

    @Test
    void theCompletionFormStartsFromBothSidesAssessmentsAndOpensWithoutThem() {
        pairs().answer("GET " + PAIR + "/assessments", 200,
                "{\"mentorScore\":8,\"mentorText\":\"Старался\",\"menteeScore\":9,\"menteeText\":null}");

        Rendered page = new Rendered(portal.get("/pairs/" + SchoolMother.PAIR + "/completion", curator).body())
                .assertRussianOnly();
        assertThat(page.field("mentorScore").html()).contains("value=\"8\"");
        assertThat(page.field("menteeScore").html()).contains("value=\"9\"");

        backends.answer("GET " + PAIR + "/assessments", 503, "{}");
        assertThat(portal.get("/pairs/" + SchoolMother.PAIR + "/completion", curator).statusCode()).isEqualTo(200);
    }

    @Test
    void theMentorsAssessmentGoesToTheServiceAndBackToTheirOwnPair() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 200, PairWorkJson.otherSchoolPair())
                // the school service answers the assessment as given
                .answer("POST /school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "/assessments", 201,
                        "{\"side\":\"MENTOR\",\"sideTitle\":\"наставник\",\"score\":8,"
                                + "\"text\":\"Пётр стал увереннее\",\"updatedAt\":\"2026-12-01T09:00:00Z\"}");

        HttpResponse<String> answer = portal.post("/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "/assessment", mentor,
                FormBody.TYPE, FormBody.of("score", "8", "text", "Пётр стал увереннее"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR);
        assertThat(backends.calls("POST /school/api/pairs/").getFirst().body())
                .contains("\"score\":8", "\"text\":\"Пётр стал увереннее\"");
    }

    @Test
    void thePracticeNamesOnlyThoseWithConsentAndWhoLacksItIsSaid() {
        backends.answer("GET " + PAIR, 200, PairWorkJson.completedPupilPair())
                .answer("GET " + PAIR + "/practice-proposal", 200, PairWorkJson.candidates(false));

        Rendered form = new Rendered(portal.get("/pairs/" + SchoolMother.PAIR + "/practice-proposal", curator).body())
                .assertRussianOnly();
        assertThat(form.field("participants").html())
                .contains("Петров Пётр Петрович (9Б) — согласия на распространение нет");

        HttpResponse<String> refused = portal.post("/pairs/" + SchoolMother.PAIR + "/practice-proposal", curator,
                FormBody.TYPE, FormBody.of("title", "Математика без страха", "participants",
                        "missing:Петров Пётр Петрович (9Б)"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new Rendered(refused.body()).field("participants").errors()).containsExactly(
                "Нет согласия на распространение персональных данных: Петров Пётр Петрович (9Б). Запишите согласие или "
                        + "не называйте этого человека в практике");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aConsentOnRecordTravelsAsItsReferenceAndTheServicesRefusalIsSaidUnderTheParticipants() {
        backends.answer("GET " + PAIR, 200, PairWorkJson.completedPupilPair())
                .answer("GET " + PAIR + "/practice-proposal", 200, PairWorkJson.candidates(true))
                .answer("POST " + PAIR + "/practice-proposal", 422, Answers.problem(422, "Данные не прошли проверку",
                        "Нет согласия на распространение: Петров Пётр Петрович", "[]"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/practice-proposal", curator,
                FormBody.TYPE, FormBody.of("title", "Математика без страха", "participants",
                        PairWorkJson.DISTRIBUTION.toString()));

        assertThat(backends.calls("POST " + PAIR + "/practice-proposal").getFirst().body()).contains(
                "\"title\":\"Математика без страха\"", "\"participants\":[\"" + PairWorkJson.DISTRIBUTION + "\"]");
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("participants").errors())
                .containsExactly("Нет согласия на распространение: Петров Пётр Петрович");
        assertThat(page.field("participants").html()).contains("value=\"" + PairWorkJson.DISTRIBUTION
                + "\" checked=\"checked\"", "согласие на распространение записано (в практике: «Пётр П.»)");
    }

    @Test
    void theSchoolsReasonsAreAddedAndRetiredWithTheirTitle() {
        backends.answer("POST /school/api/termination-reasons", 201, "{\"code\":\"job\",\"title\":\"Смена работы\",\"active\":true}")
                .answer("PUT /school/api/termination-reasons/moved", 200, "{\"code\":\"moved\",\"title\":\"Переезд\",\"active\":false}");

        assertThat(portal.post("/termination-reasons", curator, Map.of("title", "Смена работы")).statusCode()).isEqualTo(303);
        assertThat(portal.post("/termination-reasons/moved/retire", curator, Map.of("title", "Переезд")).statusCode())
                .isEqualTo(303);

        assertThat(backends.calls("POST /school/api/termination-reasons").getFirst().body()).contains("\"title\":\"Смена работы\"");
        assertThat(backends.calls("PUT").getFirst().body()).contains("\"title\":\"Переезд\"", "\"active\":false");
    }

    @Test
    void theMentorsReportIsHandedOn() {
        backends.answer("GET " + PAIR + "/mentor-report", 200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK".getBytes(), Map.of());

        var file = portal.download("/pairs/" + SchoolMother.PAIR + "/mentor-report?format=docx", curator);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"mentor-report.docx\"");
        assertThat(backends.calls("GET " + PAIR + "/mentor-report").getFirst().query()).isEqualTo("format=docx");
    }
}
