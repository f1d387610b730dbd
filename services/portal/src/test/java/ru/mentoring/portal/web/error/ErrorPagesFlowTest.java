package ru.mentoring.portal.web.error;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portal answers when a page cannot be shown, through HTTP, signed in and not. */
class ErrorPagesFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void unknownAddressIsNotFoundForAnonymousAndSignedInUsersAlike() {
        HttpResponse<String> anonymous = portal.get("/no-such-page", null);
        HttpResponse<String> signedIn = portal.get("/bank/1/2/3", portal.signIn(PortalUsers.curatorLogin("1")));

        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(page(anonymous).heading()).isEqualTo("Страница не найдена");
        assertThat(page(anonymous).text()).contains("Войти");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(page(signedIn).heading()).isEqualTo("Страница не найдена");
        assertThat(page(signedIn).text()).contains("Кузнецова Ольга Ивановна", "Выйти");
    }

    @Test
    void aKnownPageWithoutTheRoleStaysForbiddenAndAnonymousUsersAreSentToSignIn() {
        HttpResponse<String> curator = portal.get("/bank", portal.signIn(PortalUsers.curatorLogin("1")));
        assertThat(curator.statusCode()).isEqualTo(303);
        assertThat(curator.headers().firstValue("Location")).hasValue("/forbidden");
        HttpResponse<String> forbidden = portal.get("/forbidden", portal.signIn(PortalUsers.curatorLogin("1")));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(page(forbidden).heading()).isEqualTo("Недостаточно прав");

        HttpResponse<String> anonymous = portal.get("/bank", null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/oauth/login/keycloak");
    }

    @Test
    void anIdThatIsNoIdAndAMissingRecordAreNotFoundWithoutExceptionText() {
        String methodist = portal.signIn(PortalUsers.methodistLogin());

        HttpResponse<String> notAnId = portal.get("/bank/not-a-uuid", methodist);
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(page(notAnId).heading()).isEqualTo("Страница не найдена");
        assertThat(backends.calls()).as("nothing asked of the bank for an id that is none").isEmpty();

        backends.answer("GET /mentor-bank/api/mentors/" + BankMother.IVANOVA, 404,
                Answers.problem(404, "Не найдено", "Наставник не найден", "[]"));
        HttpResponse<String> missing = portal.get("/bank/" + BankMother.IVANOVA + "/edit", methodist);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(page(missing).heading()).isEqualTo("Страница не найдена");

        HttpResponse<String> badAction = portal.post("/requests/12345/accept", portal.signIn(PortalUsers.mentorLogin()),
                java.util.Map.of());
        assertThat(badAction.statusCode()).isEqualTo(404);
        page(badAction);
    }

    @Test
    void queryValuesThePortalCannotUseAreIgnored() {
        Answers.catalogues(backends).answer("GET /mentor-bank/api/mentors", 200, "{\"items\":[]}");

        HttpResponse<String> bank = portal.get("/bank?kind=XYZ&visibility=WORLD&onlyFree=1&q=%D0%BB",
                portal.signIn(PortalUsers.methodistLogin()));
        HttpResponse<String> home = portal.get("/?loginFailed=maybe", null);

        assertThat(bank.statusCode()).isEqualTo(200);
        page(bank);
        assertThat(backends.calls("GET /mentor-bank/api/mentors").getFirst().query())
                .isEqualTo("minFreeCapacity=1&q=%D0%BB");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(page(home).text()).doesNotContain("Не удалось войти");
    }

    @Test
    void aServiceThatFailsIsNamedAndAnExpiredTokenSignsInAgain() {
        String methodist = portal.signIn(PortalUsers.methodistLogin());
        backends.answer("GET /mentor-bank/api/me/mentor-profile", 401, "{}");
        backends.answer("GET /mentor-bank/api/competencies", 503, "{}");

        HttpResponse<String> down = portal.get("/bank", methodist);
        HttpResponse<String> expired = portal.get("/me", portal.signIn(PortalUsers.mentorLogin()));

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(page(down).heading()).isEqualTo("Сервис временно недоступен");
        assertThat(page(down).text()).contains("«Банк наставников» сейчас не отвечает");
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.headers().firstValue("Location")).hasValue("/oauth/login/keycloak");
        assertThat(expired.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ORIGINAL_URI=/me"));
    }

    @Test
    void aFailureOfThePortalItselfIsSaidInRussianWithoutItsText() {
        HttpResponse<String> failed = portal.get("/test-failure", null);
        HttpResponse<String> wrongMethod = portal.get("/logout", portal.signIn(PortalUsers.methodistLogin()));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(page(failed).heading()).isEqualTo("Что-то пошло не так");
        assertThat(failed.body()).doesNotContain("Secret").doesNotContain("NullPointer");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(page(wrongMethod).heading()).isEqualTo("Некорректный запрос");
        assertThat(page(wrongMethod).text()).contains("Смирнова Елена Викторовна");
    }

    @Test
    void anErrorPageForAUserOfASchoolNotYetNamedShowsItsCodeInsteadOfFailing() {
        // the school names are read when a page needs one it does not know; an error page is rendered
        // where the blocking client may not run, and must still be the error page
        String stranger = portal.signIn(PortalUsers.login("mentor9", "Орлов Пётр Ильич", "mentor", "9"));

        HttpResponse<String> notFound = portal.post("/requests/12345/accept", stranger, java.util.Map.of());

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(page(notFound).heading()).isEqualTo("Страница не найдена");
        assertThat(page(notFound).text()).contains("Орлов Пётр Ильич", "школа № 9");
    }

    private static Rendered page(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return new Rendered(response.body()).assertRussianOnly();
    }
}
