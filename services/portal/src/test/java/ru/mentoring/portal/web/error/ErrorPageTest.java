package ru.mentoring.portal.web.error;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;

import static org.assertj.core.api.Assertions.assertThat;

/** The one error page, for every status a user may meet, in Russian and with the header of who is signed in. */
class ErrorPageTest {

    @Test
    void notFoundIsSaidToSignedInAndAnonymousUsersAlike() {
        Rendered signedIn = Templates.render(ErrorPage.notFound(), PortalUsers.curator("1")).assertRussianOnly();
        Rendered anonymous = Templates.render(ErrorPage.notFound(), null).assertRussianOnly();

        assertThat(signedIn.heading()).isEqualTo("Страница не найдена");
        assertThat(signedIn.text()).contains("Кузнецова Ольга Ивановна", "Вернуться на главную");
        assertThat(anonymous.heading()).isEqualTo("Страница не найдена");
        assertThat(anonymous.text()).contains("Войти");
    }

    @Test
    void everyStatusHasARussianPage() {
        assertThat(ErrorPage.forStatus(404).heading()).isEqualTo("Страница не найдена");
        assertThat(ErrorPage.forStatus(403).heading()).isEqualTo("Недостаточно прав");
        assertThat(ErrorPage.forStatus(405).heading()).isEqualTo("Некорректный запрос");
        assertThat(ErrorPage.forStatus(413).heading()).isEqualTo("Слишком большой файл");
        assertThat(ErrorPage.forStatus(500).heading()).isEqualTo("Что-то пошло не так");
        assertThat(ErrorPage.forStatus(503).heading()).isEqualTo("Сервис временно недоступен");
        for (int status : new int[]{400, 403, 404, 405, 413, 415, 500, 502, 503}) {
            Templates.render(ErrorPage.forStatus(status), PortalUsers.methodist()).assertRussianOnly();
        }
    }

    @Test
    void unavailableServiceIsNamed() {
        Rendered page = Templates.render(ErrorPage.unavailable("Банк наставников"), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.text()).contains("«Банк наставников» сейчас не отвечает", "Повторите попытку");
    }
}
