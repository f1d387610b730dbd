package ru.mentoring.portal.home;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** «Главная» and the layout around every page: who is signed in, the sections of their role, the notices. */
class HomePageTest {

    @Test
    void visitorReadsWhatThePlatformIsAndIsOfferedToSignIn() {
        Rendered home = Templates.render(new HomePage(true), null).assertRussianOnly();

        assertThat(home.heading()).isEqualTo("Сеть наставничества образовательных организаций");
        assertThat(home.text()).contains("Не удалось войти.", "Войти").doesNotContain("Выйти");
        assertThat(home.html()).contains("<title>Главная — Сеть наставничества</title>", "href=\"/oauth/login/keycloak\"");
    }

    @Test
    void methodistSeesTheirNameRoleAndSectionsButNeverTheirToken() {
        Rendered home = Templates.render(new HomePage(false), PortalUsers.methodist()).assertRussianOnly();

        assertThat(home.heading()).isEqualTo("Здравствуйте, Смирнова Елена Викторовна!");
        assertThat(home.text()).contains("методист ИМЦ", "Выйти", "Банк наставников", "Новый наставник",
                "Муниципальные наставники", "Сетевые проекты", "Выдвижения").doesNotContain("Мой профиль");
        assertThat(home.html()).doesNotContain(PortalUsers.TOKEN);
    }

    @Test
    void mentorSeesTheirOwnSectionsAndTheNoticeOfTheLastAction() {
        Page<HomePage> page = new Page<>("Главная", new HomePage(false), PortalUsers.mentor(), "Профиль сохранён.",
                "Запрос не принят: нет свободных мест.");

        Rendered home = Templates.render(page).assertRussianOnly();

        assertThat(home.text()).contains("наставник, школа № 1", "Мой профиль", "Справочник наставников",
                "Профиль сохранён.", "Запрос не принят: нет свободных мест.").doesNotContain("Банк наставников");
    }
}
