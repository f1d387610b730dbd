package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Новый наставник» through HTTP, with the one form that also edits a mentor: checked here first, all
 * errors at once under their fields with the input kept; then the bank's own refusal said the same way;
 * then the redirect to the new mentor's card with a notice.
 */
class NewMentorFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = Answers.catalogues(portal.backends());
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());

    private static Map<String, String> form(String fullName, String kind, String capacity, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", fullName);
        form.put("kind", kind);
        form.put("capacity", capacity);
        form.put("homeSchoolId", "1");
        form.put("organisation", "");
        form.put("position", "учитель");
        form.put("strengths", "подготовка к ГИА");
        form.put("newOwnStrengths", "школа молодого педагога");
        form.put("forms", "TEACHER_TEACHER");
        form.put("visibility", "MUNICIPAL");
        form.put("email", email);
        return form;
    }

    @Test
    void theFormOffersTheSchoolsAndTheCataloguesAsChoices() {
        Rendered page = new Rendered(portal.get("/mentors/new", methodist).body()).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Новый наставник");
        assertThat(page.field("homeSchoolId").html()).contains("<select", "МАОУ СОШ № 1");
        assertThat(page.field("strengths").html()).contains("type=\"checkbox\"", "value=\"подготовка к ГИА\"");
        assertThat(page.field("formats").html()).contains("реверсивное");
    }

    @Test
    void everythingWrongIsSaidAtOnceInFieldOrderAndNothingIsSent() {
        HttpResponse<String> answer = portal.post("/mentors/new", methodist, form("", "ROBOT", "0", "not-an-email"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Укажите ФИО наставника", "Выберите категорию наставника",
                "Вместимость — целое число от 1 до 50", "Адрес электронной почты указан неверно");
        assertThat(page.field("fullName").errors()).containsExactly("Укажите ФИО наставника");
        assertThat(page.field("kind").errors()).containsExactly("Выберите категорию наставника");
        assertThat(page.field("capacity").html()).contains("value=\"0\"");
        assertThat(page.field("email").html()).contains("value=\"not-an-email\"");
        assertThat(page.field("strengths").html()).contains("value=\"подготовка к ГИА\" checked=\"checked\"");
        assertThat(page.field("newOwnStrengths").html()).contains("школа молодого педагога");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aTooLongNameIsRefusedInRussian() {
        HttpResponse<String> answer = portal.post("/mentors/new", methodist, form("Я".repeat(201), "TEACHER", "2", ""));

        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("fullName").errors()).containsExactly("Не длиннее 200 символов");
    }

    @Test
    void theBanksRefusalIsShownUnderTheFieldsWithEnglishSaidInRussian() {
        backends.answer("POST /mentor-bank/api/mentors", 422, Answers.problem(422, "Данные не прошли проверку", null, """
                [{"field":"fullName","message":"Наставник с таким ФИО уже есть в банке"},
                 {"field":"interests","message":"size must be between 0 and 500"}]"""));

        HttpResponse<String> answer = portal.post("/mentors/new", methodist,
                form("Иванова Мария Петровна", "TEACHER", "3", "ivanova@school1.ru"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("fullName").errors()).containsExactly("Наставник с таким ФИО уже есть в банке");
        assertThat(page.summary()).containsExactly("Наставник с таким ФИО уже есть в банке", "Не длиннее 500 символов");
        assertThat(page.field("fullName").html()).contains("value=\"Иванова Мария Петровна\"");
    }

    @Test
    void aRegisteredMentorLeadsToTheirCardWithTheNotice() {
        backends.answer("POST /mentor-bank/api/mentors", 201, Answers.IVANOVA_JSON)
                .answer("GET /mentor-bank/api/mentors/" + BankMother.IVANOVA, 200, Answers.IVANOVA_JSON);

        HttpResponse<String> answer = portal.post("/mentors/new", methodist,
                form(" Иванова Мария Петровна ", "TEACHER", " 3 ", ""));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/bank/" + BankMother.IVANOVA);
        assertThat(backends.calls("POST /mentor-bank/api/mentors").getFirst().body())
                .contains("\"fullName\":\"Иванова Мария Петровна\"", "\"capacity\":3", "\"homeSchoolId\":\"1\"",
                        "\"strengths\":[\"подготовка к ГИА\"]", "\"ownStrengths\":[\"школа молодого педагога\"]",
                        "\"forms\":[\"TEACHER_TEACHER\"]");
        Rendered card = new Rendered(portal.get("/bank/" + BankMother.IVANOVA, methodist).body()).assertRussianOnly();
        assertThat(card.text()).contains("Наставник добавлен в банк: Иванова Мария Петровна.");
    }
}
