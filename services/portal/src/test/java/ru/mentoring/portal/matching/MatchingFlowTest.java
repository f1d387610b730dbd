package ru.mentoring.portal.matching;

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
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching screen against a stub school service answering the contract of issue 8: proposals with
 * explanations, acceptance as a MATCHING pair, rejection, the weights, and an engine not deployed yet.
 */
class MatchingFlowTest {

    private static final String PROPOSALS = """
            {"items":[{"menteeId":"%s","menteeName":"Сидорова Анна Викторовна","mentorId":"%s",
                       "mentorName":"Иванова Мария Петровна","score":45,
                       "reasons":[{"factor":"strengths","points":30,"text":"Совпадает «подготовка к ГИА»"},
                                  {"factor":"subject","points":15,"text":"Тот же предмет: математика"}]}],
             "unassigned":[{"menteeId":"%s","menteeName":"Петров Пётр Петрович",
                            "why":"Нет согласия на обработку персональных данных"}],
             "totalScore":45}""".formatted(SchoolMother.TEACHER, BankMother.IVANOVA, SchoolMother.PUPIL);

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private Backends school() {
        return Answers.catalogues(backends)
                .answer("GET /school/api/matching/weights", 200,
                        "{\"strengths\":40,\"form\":20,\"subject\":15,\"age\":10,\"time\":5,\"capacity\":5,\"ownSchool\":5}")
                .answer("GET /school/api/mentees", 200, SchoolJson.items(SchoolJson.pupil(), SchoolJson.teacher()))
                .answer("GET /school/api/directory/mentors", 200, SchoolJson.directory(2));
    }

    @Test
    void theWholeCohortGetsExplainedProposalsAndTheMenteesLeftWithTheReason() {
        school().answer("POST /school/api/matching/proposals", 200, PROPOSALS);

        HttpResponse<String> answer = portal.get("/matching?cohort=all", curator);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.text()).contains("Предложений: 1, суммарная оценка: 45",
                "Сидорова Анна Викторовна учитель математики Иванова Мария Петровна 45",
                "Сильные стороны и запрос +30 Совпадает «подготовка к ГИА»", "Предмет +15 Тот же предмет: математика",
                "Остались без наставника", "Петров Пётр Петрович Нет согласия на обработку персональных данных");
        assertThat(page.html()).contains("<option value=\"TEACHER_TEACHER\" selected=\"selected\">учитель – учитель</option>");
        assertThat(backends.calls("POST /school/api/matching/proposals").getFirst().body())
                .as("every unpaired mentee with consent").doesNotContain(SchoolMother.TEACHER.toString());
    }

    @Test
    void oneMenteesProposalAsksForThatMenteeOnly() {
        school().answer("POST /school/api/matching/proposals", 200, PROPOSALS);

        portal.get("/matching?mentee=" + SchoolMother.TEACHER, curator);
        portal.get("/matching?mentee=not-an-id", curator);

        assertThat(backends.calls("POST /school/api/matching/proposals")).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("{\"menteeIds\":[\"" + SchoolMother.TEACHER + "\"]}"));
    }

    @Test
    void acceptingAProposalFormsAMatchingPairAndGoesBackToTheProposals() {
        backends.answer("POST /school/api/pairs", 201, SchoolJson.pair(SchoolMother.TEACHER_PAIR, BankMother.IVANOVA,
                "Иванова Мария Петровна", SchoolMother.TEACHER, "Сидорова Анна Викторовна", "MATCHING",
                "AWAITING_CONFIRMATION", "ожидает подтверждения"));

        HttpResponse<String> answer = portal.post("/matching/accept", curator, accept("MATCHING", "/matching?cohort=all"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/matching?cohort=all");
        assertThat(backends.calls("POST /school/api/pairs").getFirst().body()).contains("\"how\":\"MATCHING\"",
                "\"mentorId\":\"" + BankMother.IVANOVA + "\"", "\"menteeIds\":[\"" + SchoolMother.TEACHER + "\"]",
                "\"form\":\"TEACHER_TEACHER\"");
    }

    @Test
    void aRefusedAcceptanceIsANoticeOnThePageItCameFromAndAForeignAddressIsNotFollowed() {
        backends.answer("POST /school/api/pairs", 422, Answers.problem(422, "Данные не прошли проверку",
                "У наставника Иванова Мария Петровна свободно мест: 0, а наставляемых: 1", "[]"));

        HttpResponse<String> answer = portal.post("/matching/accept", curator, accept("MATCHING", "https://evil.example/"));

        assertThat(answer.headers().firstValue("Location")).hasValue("/matching");
        school();
        Rendered page = new Rendered(portal.get("/matching", curator).body()).assertRussianOnly();
        assertThat(page.text()).contains("У наставника Иванова Мария Петровна свободно мест: 0, а наставляемых: 1.");
    }

    @Test
    void rejectingTellsTheServiceNotToProposeThatMentorAgain() {
        backends.answer("POST /school/api/matching/rejections", 204, "application/json", new byte[0], Map.of());

        HttpResponse<String> answer = portal.post("/matching/reject", curator, Map.of("menteeId",
                SchoolMother.TEACHER.toString(), "mentorId", BankMother.IVANOVA.toString(), "back",
                "/matching?mentee=" + SchoolMother.TEACHER));

        assertThat(answer.headers().firstValue("Location")).hasValue("/matching?mentee=" + SchoolMother.TEACHER);
        assertThat(backends.calls("POST /school/api/matching/rejections").getFirst().body())
                .isEqualTo("{\"menteeId\":\"" + SchoolMother.TEACHER + "\",\"mentorId\":\"" + BankMother.IVANOVA + "\"}");
    }

    @Test
    void weightsAreSavedForTheSchoolOrSaidWrongUnderTheirFields() {
        school().answer("PUT /school/api/matching/weights", 200,
                "{\"strengths\":60,\"form\":20,\"subject\":15,\"age\":10,\"time\":5,\"capacity\":5,\"ownSchool\":0}");
        Map<String, String> weights = new LinkedHashMap<>(Map.of("strengths", "60", "form", "20", "subject", "15",
                "age", "10", "time", "5", "capacity", "5", "ownSchool", "0"));

        HttpResponse<String> saved = portal.post("/matching/weights", curator, weights);
        weights.put("form", "101");
        HttpResponse<String> refused = portal.post("/matching/weights", curator, weights);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(backends.calls("PUT /school/api/matching/weights")).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("\"strengths\":60", "\"ownSchool\":0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new Rendered(refused.body()).assertRussianOnly().field("form").errors())
                .containsExactly("Вес — целое число от 0 до 100");
    }

    @Test
    void anEngineNotDeployedYetIsSaidPlainlyNotAsAMissingPage() {
        school().answer("POST /school/api/matching/proposals", 404,
                Answers.problem(404, "Не найдено", "Страница не найдена", "[{\"field\":null,\"message\":\"Страница не найдена\"}]"));

        HttpResponse<String> answer = portal.get("/matching?cohort=all", curator);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new Rendered(answer.body()).assertRussianOnly().text())
                .contains("Подбор наставников по анкетам пока недоступен в школьном сервисе");
    }

    @Test
    void anotherMentorIsChosenFromTheExplainedCandidates() {
        school().answer("GET /school/api/mentees/" + SchoolMother.TEACHER, 200, SchoolJson.teacher())
                .answer("GET /school/api/matching/candidates", 200, """
                        {"items":[{"mentorId":"%s","mentorName":"Петров Пётр Андреевич","score":12,
                                   "reasons":[{"factor":"ownSchool","points":0,"text":"Наставник другой организации"}]}]}"""
                        .formatted(BankMother.PETROV));

        Rendered page = new Rendered(portal.get("/matching/mentees/" + SchoolMother.TEACHER, curator).body())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Другой наставник: Сидорова Анна Викторовна");
        assertThat(page.text()).contains("Петров Пётр Андреевич 12", "Наставник своей школы 0 Наставник другой организации",
                "Принять этого наставника");
        assertThat(backends.calls("GET /school/api/matching/candidates").getFirst().query())
                .isEqualTo("menteeId=" + SchoolMother.TEACHER + "&n=10");
    }

    private static Map<String, String> accept(String how, String back) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("menteeId", SchoolMother.TEACHER.toString());
        form.put("mentorId", BankMother.IVANOVA.toString());
        form.put("how", how);
        form.put("back", back);
        form.put("form", "TEACHER_TEACHER");
        form.put("startsOn", "2026-10-01");
        form.put("endsOn", "2027-05-31");
        return form;
    }
}
