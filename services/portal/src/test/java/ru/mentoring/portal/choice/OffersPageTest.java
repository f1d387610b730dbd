package ru.mentoring.portal.choice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Предложения» in the mentor's portal: a mentee is a first name and a class, nothing more. */
class OffersPageTest {

    @Test
    void theMentorSeesOnlyTheFirstNameAndClassWithAcceptAndDecline() {
        var offer = new Pairs.Offer(SchoolMother.PAIR, "1", "ученик – ученик", LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 5, 31), "ждёт согласия наставника", List.of(new Pairs.MinimalCard("Пётр", "9Б")));

        Rendered page = Templates.render(OffersPage.of(List.of(offer), BankMother.schools()), PortalUsers.mentor())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Предложения");
        assertThat(page.text()).contains("Пётр, 9Б класс", "ученик – ученик 01.10.2026 — 31.05.2027",
                "Принять", "Отклонить предложение").doesNotContain("Петров");
        assertThat(page.html()).contains("action=\"/offers/" + SchoolMother.PAIR + "/accept\"",
                "action=\"/offers/" + SchoolMother.PAIR + "/decline\"");
    }

    @Test
    void noOffersSaysSo() {
        Rendered page = Templates.render(OffersPage.of(List.of(), BankMother.schools()), PortalUsers.mentor())
                .assertRussianOnly();

        assertThat(page.text()).contains("Новых предложений нет.");
    }
}
