package ru.mentoring.portal.directory;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Справочник наставников» and a mentor's contacts as curators read them. */
class DirectoryPagesTest {

    private static final DirectoryEntry.Match MATCH = new DirectoryEntry.Match("strength", "проектная деятельность",
            "сильная сторона: проектная деятельность");

    private static DirectoryRow row(int free, boolean accepting, String school, String viewersSchool) {
        return DirectoryRow.of(new DirectoryEntry(BankMother.IVANOVA, "Иванова Мария Петровна", "TEACHER", "MUNICIPAL",
                free, school, null, "учитель математики", List.of("проектная деятельность"), List.of("математика"),
                List.of("школа молодого педагога"), List.of("TEACHER_TEACHER"), accepting, List.of(MATCH)),
                BankMother.schools(), viewersSchool);
    }

    private static DirectoryPage page(List<DirectoryRow> rows, DirectoryFilter filter, boolean everyMentor) {
        return new DirectoryPage(rows, filter, List.of(), ru.mentoring.portal.mentor.MentorLabels.kinds(null), everyMentor);
    }

    @Test
    void curatorSearchesByStrengthSeesWhatMatchedAndAsksForAMentorWithAFreeSeat() {
        var filter = DirectoryFilter.of("проектная", null, null, null, "on", null);
        Rendered page = Templates.render(page(List.of(row(1, true, "2", "1")), filter, false), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Справочник наставников");
        assertThat(page.text()).contains("Иванова Мария Петровна", "Гимназия № 2, учитель математики", "Педагог",
                "Муниципальный", "проектная деятельность, школа молодого педагога",
                "Найдено: сильная сторона: проектная деятельность", "Запросить", "Контакты", "Найдено наставников: 1");
        assertThat(page.field("strength").html()).contains("value=\"проектная\"");
        assertThat(page.field("onlyFree").html()).contains("checked=\"checked\"");
        assertThat(page.field("need").html()).contains("id=\"need-" + BankMother.IVANOVA + "\"", "required")
                .contains("Для какой задачи нужен наставник");
        assertThat(page.html()).contains("href=\"/directory/" + BankMother.IVANOVA + "/contacts\"");
    }

    @Test
    void noRequestIsOfferedWithoutAFreeSeatForAPausedMentorOrTheOwnSchoolsMentor() {
        Rendered full = Templates.render(page(List.of(row(0, true, "2", "1")), DirectoryFilter.of(null, null, null, null,
                null, null), false), PortalUsers.curator("1")).assertRussianOnly();
        Rendered paused = Templates.render(page(List.of(row(2, false, "2", "1")), DirectoryFilter.of(null, null, null, null,
                null, null), false), PortalUsers.curator("1")).assertRussianOnly();
        Rendered own = Templates.render(page(List.of(row(2, true, "1", "1")), DirectoryFilter.of(null, null, null, null,
                null, null), false), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(full.text()).contains("нет свободных мест").doesNotContain("Запросить");
        assertThat(full.html()).contains("class=\"num none-left\"");
        assertThat(paused.text()).contains("на паузе: запросы не принимает").doesNotContain("Запросить");
        assertThat(own.text()).contains("наставник вашей школы").doesNotContain("Запросить");
    }

    @Test
    void theMethodistsDirectorySaysItShowsEveryMentor() {
        Rendered page = Templates.render(page(List.of(row(1, true, "2", null)), DirectoryFilter.of(null, null, null,
                null, null, null), true), PortalUsers.methodist()).assertRussianOnly();

        assertThat(page.text()).contains("Показаны все наставники банка").doesNotContain("Запросить");
    }

    @Test
    void mentorReadsTheDirectoryWithoutRequestsAndAnEmptySearchIsSaid() {
        Rendered page = Templates.render(page(List.of(), DirectoryFilter.of(null, null, null, null, null, "Петров"), false),
                PortalUsers.mentor()).assertRussianOnly();

        assertThat(page.text()).contains("По запросу никого не нашлось.").doesNotContain("Запросить");
        assertThat(Templates.render(page(List.of(), DirectoryFilter.of(null, null, null, null, null, null), false),
                PortalUsers.mentor()).text()).contains("Наставников пока нет.");
    }

    @Test
    void contactsAreShownOrWhySchoolCannotSeeThemYet() {
        Rendered found = Templates.render(new ContactsPage(new Mentors.Contacts(BankMother.IVANOVA,
                "Иванова Мария Петровна", "ivanova@school1.ru", null)), PortalUsers.curator("1")).assertRussianOnly();
        assertThat(found.text()).contains("Иванова Мария Петровна", "ivanova@school1.ru", "Телефон не указан");

        Rendered hidden = Templates.render(new ContactsPage(null), PortalUsers.curator("2")).assertRussianOnly();
        assertThat(hidden.heading()).isEqualTo("Контакты наставника");
        assertThat(hidden.text()).contains("Контакты наставника видят методист, школа наставника");
    }
}
