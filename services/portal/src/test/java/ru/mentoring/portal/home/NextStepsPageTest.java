package ru.mentoring.portal.home;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Что сделать дальше» on the home page: each step links to where it is done; the curator's new sections. */
class NextStepsPageTest {

    @Test
    void curatorReadsWhatWaitsWithLinksAndTheSectionsOfTheProgramme() {
        var steps = List.of(
                NextStep.todo("Просрочено мероприятий дорожной карты: 1 (выполнено 1 из 2)", "/programme/1",
                        "Открыть дорожную карту"),
                NextStep.todo("Наставляемых без согласия на обработку персональных данных: 1", "/mentees?status=CANDIDATE",
                        "База наставляемых", List.of(new NextStep.Item("Петров Пётр Петрович", "/mentees/2#consents"))),
                NextStep.done("Непрочитанных уведомлений нет", "/notices", "Уведомления"),
                NextStep.unknown("Уведомления", "сервис «Школьный сервис» сейчас не отвечает, сведения появятся позже."));

        Rendered home = Templates.render(new HomePage(false, steps), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(home.text()).contains("Что сделать дальше",
                "Просрочено мероприятий дорожной карты: 1 (выполнено 1 из 2) Открыть дорожную карту",
                "Наставляемых без согласия на обработку персональных данных: 1 База наставляемых Петров Пётр Петрович",
                "Непрочитанных уведомлений нет", "Уведомления: сервис «Школьный сервис» сейчас не отвечает",
                "Программа наставничества", "База наставляемых", "Подбор наставников", "Пары и группы", "Документы");
        assertThat(home.html()).contains("class=\"step todo\"", "class=\"step done\"", "class=\"step unknown\"",
                "href=\"/mentees/2#consents\"", "href=\"/programme/1\"");
        assertThat(home.html()).contains("<a href=\"/programme\">Программа</a>", "<a href=\"/mentees\">Наставляемые</a>");
    }

    @Test
    void mentorSeesTheOffersSectionAndNoCuratorSections() {
        var steps = List.of(NextStep.todo("Наставляемые выбрали вас наставником — ждут ответа: 1", "/offers", "Предложения"));

        Rendered home = Templates.render(new HomePage(false, steps), PortalUsers.mentor()).assertRussianOnly();

        assertThat(home.text()).contains("ждут ответа: 1 Предложения").doesNotContain("База наставляемых");
        assertThat(home.html()).contains("<a href=\"/offers\">Предложения</a>").doesNotContain("href=\"/programme\"");
    }
}
