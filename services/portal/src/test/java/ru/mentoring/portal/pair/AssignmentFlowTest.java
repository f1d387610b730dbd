package ru.mentoring.portal.pair;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.support.time.Today;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** «Назначение наставника» through HTTP: all problems at once next to their fields, then the waiting pair. */
class AssignmentFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private Backends school(int ivanovaFree) {
        return Answers.catalogues(backends)
                .answer("GET /school/api/directory/mentors", 200, SchoolJson.directory(ivanovaFree))
                .answer("GET /school/api/mentees", 200, SchoolJson.items(SchoolJson.pupil(), SchoolJson.teacher()));
    }

    @Test
    void theFormOpensForTheMenteeItWasAskedForWithTheTermOfTheSchoolYear() {
        school(2);

        HttpResponse<String> answer = portal.get("/pairs/new?mentee=" + SchoolMother.PUPIL, curator);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.heading()).isEqualTo("Назначение наставника");
        assertThat(page.field("menteeIds").html()).contains("value=\"" + SchoolMother.PUPIL + "\" checked=\"checked\"");
        java.time.LocalDate today = portal.bean(Today.class).date();
        assertThat(page.field("startsOn").html()).contains("value=\"" + today + "\"");
        assertThat(page.field("endsOn").html()).contains("value=\"" + Today.endOfSchoolYear(today) + "\"");
        assertThat(Today.endOfSchoolYear(today)).isAfter(today);
    }

    @Test
    void seatsConsentAndDatesAreSaidAtOnceBeforeTheServiceIsAsked() {
        school(1).answer("GET /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 200,
                        SchoolJson.items(SchoolJson.processingConsent(SchoolMother.PUPIL)))
                .answer("GET /school/api/mentees/" + SchoolMother.TEACHER + "/consents", 200, SchoolJson.items());

        HttpResponse<String> answer = portal.post("/pairs/new", curator, FormBody.TYPE, FormBody.of(
                "mentorId", BankMother.IVANOVA.toString(), "menteeIds", SchoolMother.PUPIL.toString(),
                "menteeIds", SchoolMother.TEACHER.toString(), "form", "", "variant", "", "startsOn", "2026-10-01",
                "endsOn", "2026-09-01", "freeSeats", "50", "withoutConsent", ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("mentorId").errors()).containsExactly("У наставника свободно мест: 1, а выбрано наставляемых: 2");
        assertThat(page.field("menteeIds").errors())
                .containsExactly("Нет согласия на обработку персональных данных: Сидорова Анна Викторовна");
        assertThat(page.field("form").errors()).containsExactly("Выберите форму наставничества");
        assertThat(page.field("endsOn").errors()).containsExactly("Дата окончания работы раньше даты начала");
        assertThat(page.field("mentorId").html()).doesNotContain("Петров Пётр Андреевич");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void theServicesJoinedRefusalLandsUnderEachField() {
        school(2).answer("GET /school/api/mentees/" + SchoolMother.TEACHER + "/consents", 200,
                        SchoolJson.items(SchoolJson.processingConsent(SchoolMother.TEACHER)))
                .answer("POST /school/api/pairs", 422, Answers.problem(422, "Данные не прошли проверку",
                        "Сидорова Анна Викторовна уже в паре по форме «учитель – учитель»; Наставник Иванова Мария Петровна сейчас не принимает новых наставляемых",
                        "[{\"field\":null,\"message\":\"Сидорова Анна Викторовна уже в паре по форме «учитель – учитель»; Наставник Иванова Мария Петровна сейчас не принимает новых наставляемых\"}]"));

        HttpResponse<String> answer = portal.post("/pairs/new", curator, FormBody.TYPE, FormBody.of(
                "mentorId", BankMother.IVANOVA.toString(), "menteeIds", SchoolMother.TEACHER.toString(),
                "form", "TEACHER_TEACHER", "variant", "", "startsOn", "2026-10-01", "endsOn", "2027-05-31"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("menteeIds").errors())
                .containsExactly("Сидорова Анна Викторовна уже в паре по форме «учитель – учитель»");
        assertThat(page.field("mentorId").errors())
                .containsExactly("Наставник Иванова Мария Петровна сейчас не принимает новых наставляемых");
        assertThat(page.field("form").html()).contains("<option value=\"TEACHER_TEACHER\" selected=\"selected\">");
    }

    @Test
    void anAssignedPairIsSentAsAnAssignmentAndWaitsForTheBank() {
        school(2).answer("GET /school/api/mentees/" + SchoolMother.TEACHER + "/consents", 200,
                        SchoolJson.items(SchoolJson.processingConsent(SchoolMother.TEACHER)))
                .answer("POST /school/api/pairs", 201, SchoolJson.pair(SchoolMother.TEACHER_PAIR, BankMother.IVANOVA,
                        "Иванова Мария Петровна", SchoolMother.TEACHER, "Сидорова Анна Викторовна", "ASSIGNMENT",
                        "AWAITING_CONFIRMATION", "ожидает подтверждения"))
                .answer("GET /school/api/pairs/" + SchoolMother.TEACHER_PAIR, 200, SchoolJson.pair(SchoolMother.TEACHER_PAIR,
                        BankMother.IVANOVA, "Иванова Мария Петровна", SchoolMother.TEACHER, "Сидорова Анна Викторовна",
                        "ASSIGNMENT", "AWAITING_CONFIRMATION", "ожидает подтверждения"));

        HttpResponse<String> answer = portal.post("/pairs/new", curator, FormBody.TYPE, FormBody.of(
                "mentorId", BankMother.IVANOVA.toString(), "menteeIds", SchoolMother.TEACHER.toString(),
                "form", "TEACHER_TEACHER", "variant", "опытный педагог – молодой специалист", "startsOn", "01.10.2026",
                "endsOn", "31.05.2027"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.TEACHER_PAIR);
        assertThat(backends.calls("POST /school/api/pairs").getFirst().body()).contains(
                "\"mentorId\":\"" + BankMother.IVANOVA + "\"", "\"menteeIds\":[\"" + SchoolMother.TEACHER + "\"]",
                "\"form\":\"TEACHER_TEACHER\"", "\"variant\":\"опытный педагог – молодой специалист\"",
                "\"startsOn\":\"2026-10-01\"", "\"endsOn\":\"2027-05-31\"", "\"how\":\"ASSIGNMENT\"");
        Rendered pair = new Rendered(portal.get("/pairs/" + SchoolMother.TEACHER_PAIR, curator).body()).assertRussianOnly();
        assertThat(pair.text()).contains("Пара сформирована и ожидает подтверждения банка наставников",
                "ожидает подтверждения", "Шаг не завершён");
    }

    @Test
    void theChecklistOfATeacherPairIsSavedAsTyped() {
        String pair = SchoolJson.pair(SchoolMother.TEACHER_PAIR, BankMother.IVANOVA, "Иванова Мария Петровна",
                SchoolMother.TEACHER, "Сидорова Анна Викторовна", "ASSIGNMENT", "ACTIVE", "работает");
        backends.answer("PUT /school/api/pairs/" + SchoolMother.TEACHER_PAIR + "/labour-checklist", 200,
                pair.replace("{\"complete\":false}", "{\"complete\":true}"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.TEACHER_PAIR + "/labour-checklist", curator,
                FormBody.TYPE, FormBody.of("labourConsentRef", "С-12", "labourConsentOn", "14.09.2026",
                        "agreementNumber", "ДС-3", "agreementOn", "2026-09-15", "agreementContent", "адаптация",
                        "agreementTerm", "учебный год", "agreementForm", "учитель – учитель", "paySupplement", "10%"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(backends.calls("PUT").getFirst().body()).contains("\"labourConsentRef\":\"С-12\"",
                "\"labourConsentOn\":\"2026-09-14\"", "\"agreementOn\":\"2026-09-15\"", "\"paySupplement\":\"10%\"");
    }
}
