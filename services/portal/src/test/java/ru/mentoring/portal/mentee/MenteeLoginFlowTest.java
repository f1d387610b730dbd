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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** «Выдать вход» and «Отключить вход» through HTTP against a stub school service. */
class MenteeLoginFlowTest {

    private static final String LOGIN = "/school/api/mentees/" + SchoolMother.PUPIL + "/login";

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private void card() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil())
                .answer("GET /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 200, SchoolJson.items())
                .answer("GET /school/api/pairs", 200, SchoolJson.items())
                .answer("GET " + LOGIN, 404, Answers.problem(404, "Не найдено", "У наставляемого нет входа", "[]"));
    }

    @Test
    void everyRefusalOfTheSchoolIsSaidUnderTheAddressAndTheAddressIsKept() {
        card();
        backends.answer("POST " + LOGIN, 422, Answers.problem(422, "Unprocessable Entity",
                "Наставляемый в архиве: вход не выдаётся; Адрес petrov@example.ru уже используется для входа в платформу: укажите другой",
                "[]"));

        HttpResponse<String> answer = portal.post("/mentees/" + SchoolMother.PUPIL + "/login", curator,
                Map.of("email", "petrov@example.ru"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly("PDF", "DOCX");
        assertThat(page.heading()).isEqualTo("Петров Пётр Петрович");
        assertThat(page.field("email").errors()).containsExactly("Наставляемый в архиве: вход не выдаётся",
                "Адрес petrov@example.ru уже используется для входа в платформу: укажите другой");
        assertThat(page.field("email").html()).contains("value=\"petrov@example.ru\"");
        assertThat(backends.calls("POST " + LOGIN)).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("{\"email\":\"petrov@example.ru\"}"));
    }

    @Test
    void aBadAddressIsSaidBeforeAnythingIsSent() {
        card();

        HttpResponse<String> answer = portal.post("/mentees/" + SchoolMother.PUPIL + "/login", curator,
                Map.of("email", "petrov на почте"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new Rendered(answer.body()).field("email").errors())
                .containsExactly("Адрес электронной почты указан неверно: нужен вид name@example.ru");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void aLoginGivenReturnsToTheCardAndOneSwitchedOffIsDisabledOnce() {
        card();
        backends.answer("POST " + LOGIN, 201, """
                {"email":"petrov@example.ru","username":"petrov@example.ru","active":true,"createdAt":"2026-10-01T07:00:00Z","disabledAt":null}""")
                .answer("DELETE " + LOGIN, 204, "");

        HttpResponse<String> given = portal.post("/mentees/" + SchoolMother.PUPIL + "/login", curator,
                Map.of("email", " petrov@example.ru "));
        HttpResponse<String> disabled = portal.post("/mentees/" + SchoolMother.PUPIL + "/login/disable", curator, Map.of());

        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(given.headers().firstValue("Location")).contains("/mentees/" + SchoolMother.PUPIL);
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(backends.calls("DELETE " + LOGIN)).hasSize(1);
        Rendered card = new Rendered(portal.get("/mentees/" + SchoolMother.PUPIL, curator).body());
        assertThat(card.text()).contains("Вход отключён: наставляемый больше не войдёт в платформу.");
    }
}
