package ru.mentoring.portal.mentee;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
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

/** The mentee base through HTTP against a stub school service. */
class MenteeFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private static Map<String, String> pupilForm(String fullName, String grade, String birthDate) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", fullName);
        form.put("kind", "PUPIL");
        form.put("birthDate", birthDate);
        form.put("grade", grade);
        form.put("guardianName", "Петрова Анна Сергеевна");
        form.put("guardianContact", "+7 900 000-00-01");
        form.put("position", "учитель, оставшийся от другого вида");
        form.put("subject", "");
        form.put("experienceYears", "");
        form.put("organisation", "");
        form.put("contact", "");
        form.put("requestCategory", "c1");
        form.put("request", "подтянуть математику");
        form.put("enteredAt", "2026-09-05");
        form.put("source", "QUESTIONNAIRE");
        form.put("availableTime", "");
        form.put("difficultSituation", "true");
        return form;
    }

    @Test
    void theListAsksTheServiceWithTheFiltersAndCountsTheWholeBase() {
        backends.answer("GET /school/api/mentees", 200, SchoolJson.items(SchoolJson.pupil(), SchoolJson.teacher()))
                .answer("GET /school/api/request-categories", 200, SchoolJson.categories());

        Rendered page = new Rendered(portal.get("/mentees?status=CANDIDATE&kind=ROBOT&q=Петров", curator).body())
                .assertRussianOnly();

        assertThat(page.text()).contains("в базе (без архива): 2", "кандидатов: 2");
        assertThat(backends.calls("GET /school/api/mentees")).extracting(Backends.Call::query)
                .as("the whole base for the counts, then the filtered list without the unusable kind")
                .containsExactly(null, "status=CANDIDATE&q=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2");
    }

    @Test
    void everythingWrongWithANewPupilIsSaidAtOnceAndNothingIsSent() {
        backends.answer("GET /school/api/request-categories", 200, SchoolJson.categories());
        Map<String, String> form = pupilForm("", "", "32.13.2011");
        form.put("experienceYears", "много");

        HttpResponse<String> answer = portal.post("/mentees/new", curator, form);

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Укажите ФИО наставляемого", "Дата рождения — в формате ДД.ММ.ГГГГ",
                "Укажите класс обучающегося, например 7Б", "Стаж — целое число лет от 0 до 60");
        assertThat(page.field("guardianName").html()).contains("value=\"Петрова Анна Сергеевна\"");
        assertThat(page.field("difficultSituation").html()).contains("checked=\"checked\"");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aNewPupilIsSentWithoutTheTeachersFieldsAndOpensTheCard() {
        backends.answer("POST /school/api/mentees", 201, SchoolJson.pupil());

        HttpResponse<String> answer = portal.post("/mentees/new", curator, pupilForm("Петров Пётр Петрович", "9 б",
                "02.03.2011"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/mentees/" + SchoolMother.PUPIL);
        String body = backends.calls("POST /school/api/mentees").getFirst().body();
        assertThat(body).contains("\"fullName\":\"Петров Пётр Петрович\"", "\"kind\":\"PUPIL\"",
                "\"birthDate\":\"2011-03-02\"", "\"grade\":\"9 б\"", "\"guardianName\":\"Петрова Анна Сергеевна\"",
                "\"requestCategory\":\"c1\"", "\"source\":\"QUESTIONNAIRE\"", "\"difficultSituation\":true",
                "\"supportNeeds\":false").doesNotContain("учитель, оставшийся");
    }

    @Test
    void theServicesRefusalIsSaidUnderItsFieldWithTheFormKept() {
        backends.answer("POST /school/api/mentees", 400, Answers.problem(400, "Некорректный запрос", null,
                        "[{\"field\":\"enteredAt\",\"message\":\"Дата вхождения в программу не может быть в будущем\"}]"))
                .answer("GET /school/api/request-categories", 200, SchoolJson.categories());

        HttpResponse<String> answer = portal.post("/mentees/new", curator, pupilForm("Петров Пётр", "9Б", ""));

        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("enteredAt").errors()).containsExactly("Дата вхождения в программу не может быть в будущем");
        assertThat(page.field("fullName").html()).contains("value=\"Петров Пётр\"");
    }

    @Test
    void theCardShowsTheConsentsAndArchivingAsksTheServiceOnce() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil())
                .answer("GET /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 200,
                        SchoolJson.items(SchoolJson.processingConsent(SchoolMother.PUPIL)))
                .answer("GET /school/api/pairs", 200, SchoolJson.items())
                .answer("POST /school/api/mentees/" + SchoolMother.PUPIL + "/status", 200, SchoolJson.pupil());

        Rendered card = new Rendered(portal.get("/mentees/" + SchoolMother.PUPIL, curator).body())
                .assertRussianOnly("PDF", "DOCX");
        HttpResponse<String> archived = portal.post("/mentees/" + SchoolMother.PUPIL + "/status", curator,
                Map.of("status", "ARCHIVED"));
        HttpResponse<String> tampered = portal.post("/mentees/" + SchoolMother.PUPIL + "/status", curator,
                Map.of("status", "IN_PAIR"));

        assertThat(card.text()).contains("Петрова Анна Сергеевна", "действует", "трудная жизненная ситуация");
        assertThat(archived.statusCode()).isEqualTo(303);
        assertThat(tampered.statusCode()).isEqualTo(303);
        assertThat(backends.calls("POST /school/api/mentees/" + SchoolMother.PUPIL + "/status"))
                .singleElement().satisfies(c -> assertThat(c.body()).isEqualTo("{\"status\":\"ARCHIVED\"}"));
    }

    @Test
    void theBasesOwnAddressesAreNotReadAsAMenteesId() {
        backends.answer("GET /school/api/mentees", 200, SchoolJson.items(SchoolJson.pupil()))
                .answer("GET /school/api/request-categories", 200, SchoolJson.categories());

        assertThat(new Rendered(portal.get("/mentees/new?kind=TEACHER", curator).body()).heading())
                .isEqualTo("Новый наставляемый");
        assertThat(new Rendered(portal.get("/mentees/requests", curator).body()).heading()).isEqualTo("Карта запросов");
        assertThat(new Rendered(portal.get("/mentees/import", curator).body()).heading())
                .isEqualTo("Импорт базы наставляемых");
        assertThat(portal.get("/mentees/not-an-id", curator).statusCode()).isEqualTo(404);
        assertThat(backends.calls()).noneMatch(c -> c.path().startsWith("/school/api/mentees/"));
    }

    @Test
    void anotherSchoolsMenteeIsNotFound() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 404,
                Answers.problem(404, "Не найдено", "Наставляемый не найден", "[]"));

        HttpResponse<String> answer = portal.get("/mentees/" + SchoolMother.PUPIL, curator);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(new Rendered(answer.body()).heading()).isEqualTo("Страница не найдена");
    }

    @Test
    void theRequestMapAddsRenamesAndRetiresCategories() {
        backends.answer("POST /school/api/request-categories", 201, "{\"code\":\"c9\",\"title\":\"Адаптация в коллективе\",\"active\":true}")
                .answer("PUT /school/api/request-categories/c2", 200, "{\"code\":\"c2\",\"title\":\"Адаптация\",\"active\":false}");

        HttpResponse<String> added = portal.post("/mentees/requests", curator, Map.of("title", " Адаптация в коллективе "));
        HttpResponse<String> retired = portal.post("/mentees/requests/c2/retire", curator, Map.of("title", "Адаптация"));

        assertThat(added.headers().firstValue("Location")).hasValue("/mentees/requests");
        assertThat(retired.statusCode()).isEqualTo(303);
        assertThat(backends.calls("POST /school/api/request-categories").getFirst().body())
                .isEqualTo("{\"title\":\"Адаптация в коллективе\"}");
        assertThat(backends.calls("PUT /school/api/request-categories/c2").getFirst().body())
                .contains("\"title\":\"Адаптация\"", "\"active\":false");
    }
}
