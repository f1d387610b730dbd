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

    private static final DirectoryRow IVANOVA = DirectoryRow.of(new DirectoryEntry(BankMother.IVANOVA,
            "Иванова Мария Петровна", "TEACHER", "MUNICIPAL", 0, "1", null, "учитель математики",
            List.of("подготовка к ГИА"), List.of("математика")));

    @Test
    void curatorSeesTheMentorsAndCanAskForOne() {
        Rendered page = Templates.render(new DirectoryPage(List.of(IVANOVA), 3, "иван"), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Справочник наставников");
        assertThat(page.text()).contains("Иванова Мария Петровна", "Школа № 1, учитель математики", "Педагог",
                "Муниципальный", "подготовка к ГИА", "Показано 1 из 3", "Запросить", "Контакты");
        assertThat(page.field("q").html()).contains("value=\"иван\"");
        assertThat(page.field("need").html()).contains("id=\"need-" + BankMother.IVANOVA + "\"", "required")
                .contains("Для какой задачи нужен наставник");
        assertThat(page.html()).contains("class=\"num none-left\"",
                "href=\"/directory/" + BankMother.IVANOVA + "/contacts\"");
    }

    @Test
    void mentorReadsTheDirectoryWithoutRequestsAndAnEmptySearchIsSaid() {
        Rendered page = Templates.render(new DirectoryPage(List.of(), 3, "Петров"), PortalUsers.mentor())
                .assertRussianOnly();

        assertThat(page.text()).contains("По запросу никого не нашлось.").doesNotContain("Запросить");
        assertThat(Templates.render(new DirectoryPage(List.of(), 0, ""), PortalUsers.mentor()).text())
                .contains("Наставников пока нет.");
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
