package ru.mentoring.portal.catalogue;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.OwnStrengths;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Option;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** «Справочники», «Формулировки школ» and the question asked before anything is retired or removed. */
class CataloguePagesTest {

    @Test
    void eachListShowsItsEntriesRetiredOnesMarkedWithTheWayBack() {
        var competencies = List.of(new Catalogue.Entry("projects", "проектная деятельность", List.of(), true, List.of(),
                List.of("проектно-исследовательская работа")), new Catalogue.Entry("old", "медиация", List.of(), false,
                List.of(), List.of()));
        var forms = List.of(new Catalogue.Entry("TEACHER_TEACHER", "учитель – учитель",
                List.of("опытный педагог – молодой специалист"), true, List.of("педагог-новатор – консервативный педагог"),
                List.of()));
        var page = new CataloguesPage(List.of(
                new CataloguesPage.Section(Catalogues.COMPETENCIES, "Компетенции (сильные стороны)", "Компетенция", "", competencies),
                new CataloguesPage.Section(Catalogues.FORMS, "Формы наставничества и их варианты", "Форма", "", forms),
                new CataloguesPage.Section(Catalogues.FORMATS, "Виды и форматы наставничества педагогов", "Вид", "",
                        BankMother.formats())));

        Rendered rendered = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(rendered.heading()).isEqualTo("Справочники");
        assertThat(rendered.text()).contains("проектная деятельность", "проектно-исследовательская работа",
                "медиация выведено из справочника", "Вернуть в справочник", "Вывести из справочника",
                "педагог-новатор – консервативный педагог (выведен)", "Добавить вариант", "реверсивное");
        assertThat(rendered.html()).contains("href=\"/catalogues/competencies/projects/retire\"",
                "action=\"/catalogues/competencies/old/restore\"", "action=\"/catalogues/forms/TEACHER_TEACHER/variants\"",
                "action=\"/catalogues/mentoring-formats\"");
    }

    @Test
    void schoolsPhrasesAreListedWithTheirMentorsAndTheClosestCompetenciesFirst() {
        var phrase = new OwnStrengths.Phrase("школа молодого педагога", List.of("школа молодого педагога"), 7,
                List.of(new OwnStrengths.Holder(UUID.randomUUID(), "Иванова Мария Петровна")),
                List.of(new Catalogue.Entry("class_teacher", "классное руководство", List.of())));
        var choices = List.of(new Option("projects", "проектная деятельность", false),
                new Option("class_teacher", "классное руководство", false));

        Rendered rendered = Templates.render(new OwnStrengthsPage(List.of(phrase), choices), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(rendered.heading()).isEqualTo("Формулировки школ");
        assertThat(rendered.text()).contains("школа молодого педагога", "Иванова Мария Петровна", "7",
                "классное руководство (похоже)", "Сопоставить", "Добавить в справочник");
        assertThat(rendered.html().indexOf("классное руководство (похоже)"))
                .isLessThan(rendered.html().indexOf(">проектная деятельность<"));
        assertThat(Templates.render(new OwnStrengthsPage(List.of(), choices), PortalUsers.methodist()).text())
                .contains("Все формулировки школ сопоставлены со справочником.");
    }

    @Test
    void theQuestionNamesWhatIsTouchedAndSendsWhatItNeeds() {
        var page = ConfirmPage.of("Исключить из списка", "Исключить наставника из списка?",
                List.of("Иванова Мария Петровна"), "/municipal-list/remove", "Исключить из списка", "/municipal-list")
                .sending("year", "2026/2027").askingWhy("Причина (необязательно)");

        Rendered rendered = Templates.render(page, PortalUsers.methodist()).assertRussianOnly();

        assertThat(rendered.heading()).isEqualTo("Исключить из списка");
        assertThat(rendered.text()).contains("Исключить наставника из списка?", "Иванова Мария Петровна", "Отмена");
        assertThat(rendered.html()).contains("action=\"/municipal-list/remove\"", "name=\"year\" value=\"2026/2027\"",
                "href=\"/municipal-list\"");
        assertThat(rendered.field("reason").html()).contains("Причина (необязательно)");
    }
}
