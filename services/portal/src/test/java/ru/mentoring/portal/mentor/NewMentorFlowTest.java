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
 * «Новый наставник» through HTTP, the form flow every form follows: checked here first, all errors at
 * once under their fields with the input kept; then the bank's own refusal said the same way; then
 * the redirect with a notice.
 */
class NewMentorFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());

    private static Map<String, String> form(String fullName, String kind, String capacity, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", fullName);
        form.put("kind", kind);
        form.put("capacity", capacity);
        form.put("homeSchoolId", "1");
        form.put("organisation", "");
        form.put("position", "учитель");
        form.put("email", email);
        form.put("strengths", "подготовка к ГИА, проектная деятельность");
        return form;
    }

    @Test
    void everythingWrongIsSaidAtOnceInFieldOrderAndNothingIsSent() {
        HttpResponse<String> answer = portal.post("/mentors/new", methodist,
                form("", "ROBOT", "0", "not-an-email"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Укажите ФИО наставника", "Выберите категорию наставника",
                "Вместимость — целое число от 1 до 50", "Адрес электронной почты указан неверно");
        assertThat(page.field("fullName").errors()).containsExactly("Укажите ФИО наставника");
        assertThat(page.field("kind").errors()).containsExactly("Выберите категорию наставника");
        assertThat(page.field("capacity").html()).contains("value=\"0\"");
        assertThat(page.field("email").html()).contains("value=\"not-an-email\"");
        assertThat(page.field("strengths").html()).contains("value=\"подготовка к ГИА, проектная деятельность\"");
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void aTooLongNameIsRefusedInRussian() {
        HttpResponse<String> answer = portal.post("/mentors/new", methodist,
                form("Я".repeat(201), "TEACHER", "2", ""));

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
        assertThat(page.summary()).containsExactly("Не длиннее 500 символов", "Наставник с таким ФИО уже есть в банке");
        assertThat(page.field("fullName").html()).contains("value=\"Иванова Мария Петровна\"");
    }

    @Test
    void aRegisteredMentorLeadsToTheDirectoryWithTheNotice() {
        backends.answer("POST /mentor-bank/api/mentors", 201, """
                {"id":"%s","fullName":"Иванова Мария Петровна"}""".formatted(BankMother.IVANOVA))
                .answer("GET /school/api/directory/mentors", 200, "{\"items\":[]}");

        HttpResponse<String> answer = portal.post("/mentors/new", methodist,
                form(" Иванова Мария Петровна ", "TEACHER", " 3 ", ""));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/directory");
        assertThat(backends.calls("POST /mentor-bank/api/mentors").getFirst().body())
                .contains("\"fullName\":\"Иванова Мария Петровна\"", "\"capacity\":3", "\"homeSchoolId\":\"1\"",
                        "\"strengths\":[\"подготовка к ГИА\",\"проектная деятельность\"]");
        Rendered directory = new Rendered(portal.get("/directory", methodist).body()).assertRussianOnly();
        assertThat(directory.text()).contains("Наставник добавлен в муниципальный банк: Иванова Мария Петровна.");
        assertThat(new Rendered(portal.get("/directory", methodist).body()).text())
                .as("a notice is shown once").doesNotContain("Наставник добавлен");
    }
}
