package ru.mentoring.portal.municipal;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.YearList;
import ru.mentoring.portal.mentor.MentorChoice;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly list of municipal mentors, on screen and for the printed order. */
class MunicipalPagesTest {

    private static final SchoolYear YEAR = new SchoolYear(2026);
    private static final List<MunicipalRow> ROWS = MunicipalRow.of(List.of(new YearList.Entry(BankMother.IVANOVA,
            "Иванова Мария Петровна", "TEACHER", "1", null, "учитель математики", List.of("подготовка к ГИА"))),
            BankMother.schools());

    @Test
    void listOfTheYearWithItsCandidatesAndAWarningAboutAnUnreadableYear() {
        var candidates = MentorNames.options(List.of(new MentorChoice(BankMother.PETROV, "Петров Пётр Андреевич",
                null, "Представитель работодателя", 0)));
        var page = new MunicipalListPage(YEAR, YEAR.options(), ROWS, candidates,
                "Учебный год указывается как 2026/2027; показан текущий учебный год.");

        Rendered list = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(list.heading()).isEqualTo("Муниципальные наставники на 2026/2027 учебный год");
        assertThat(list.text()).contains("Учебный год указывается как 2026/2027",
                "1 Иванова Мария Петровна Педагог МАОУ СОШ № 1, учитель математики подготовка к ГИА",
                "Петров Пётр Андреевич (Представитель работодателя)");
        assertThat(list.field("year").html()).contains("<option value=\"2026/2027\" selected=\"selected\">");
        assertThat(list.html()).contains("href=\"/municipal-list/print?year=2026/2027\"",
                "href=\"/municipal-list/remove?year=2026/2027&amp;mentorId=" + BankMother.IVANOVA + "\"",
                "href=\"/municipal-list/reconfirmation\"");
    }

    @Test
    void theReconfirmationShowsEachAnswerAndOffersToTakeOverThoseWhoCarryOn() {
        var round = new ru.mentoring.portal.backend.mentorbank.Reconfirmation("2027/2028", "2026/2027", List.of(
                new ru.mentoring.portal.backend.mentorbank.Reconfirmation.Item(BankMother.IVANOVA, "Иванова Мария Петровна",
                        "1", "ACTIVE", true, null, false),
                new ru.mentoring.portal.backend.mentorbank.Reconfirmation.Item(BankMother.PETROV, "Петров Пётр Андреевич",
                        null, "ACTIVE", null, null, false)));

        Rendered page = Templates.render(ReconfirmationPage.of(round, BankMother.schools()), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Подтверждение на 2027/2028 учебный год");
        assertThat(page.text()).contains("Иванова Мария Петровна МАОУ СОШ № 1 продолжает",
                "Петров Пётр Андреевич — не ответил(а)", "Включить в список всех подтвердивших (1)");
    }

    @Test
    void emptyYearSaysSo() {
        Rendered list = Templates.render(new MunicipalListPage(YEAR, YEAR.options(), List.of(), List.of(), null),
                PortalUsers.methodist()).assertRussianOnly();

        assertThat(list.text()).contains("В списке на этот учебный год пока никого нет.");
    }

    @Test
    void printedListIsADocumentWithoutNavigation() {
        Rendered print = Templates.render(new MunicipalPrintPage(YEAR, "01.12.2026", ROWS), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(print.heading()).isEqualTo("Список муниципальных наставников на 2026/2027 учебный год");
        assertThat(print.text()).contains("Всего: 1. Сформировано 01.12.2026.", "Иванова Мария Петровна")
                .doesNotContain("Выйти");
    }
}
