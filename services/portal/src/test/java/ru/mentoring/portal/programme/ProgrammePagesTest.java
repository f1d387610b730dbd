package ru.mentoring.portal.programme;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The curator's programme pages as a user reads them: the roadmap by stage, overdue marked, the forms. */
class ProgrammePagesTest {

    @Test
    void roadmapShowsEachStageWithItsActivitiesAndTheOverdueOneStandsOut() {
        Programmes.Programme p = SchoolMother.programme();
        var page = ProgrammePage.of(p, List.of(new Programmes.Entry(p.id(), "2026/2027", p.title())),
                RoadmapItemForm.empty(), FormErrors.none());

        Rendered programme = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(programme.heading()).isEqualTo("Программа наставничества школы № 1");
        assertThat(programme.text()).contains("Мероприятий: 2", "Выполнено: 1", "Просрочено: 1",
                "Формы наставничества учитель – учитель, студент – ученик", "Кураторы Кузнецова Ольга Ивановна",
                "нет встреч 3 недели", "1. Подготовка условий для запуска программы", "выполнено 1 из 2, просрочено 1",
                "Приказ о внедрении целевой модели 10.09.2026 директор приказ выполнено 08.09.2026",
                "Информирование родителей 20.09.2026 куратор собрание проведено просрочено",
                "2. Формирование базы наставляемых", "Мероприятий на этом этапе нет.");
        String overdueRow = row(programme.html(), SchoolMother.ITEM_OVERDUE.toString());
        assertThat(overdueRow).contains("class=\"overdue\"", "status declined", "Выполнено");
        assertThat(row(programme.html(), SchoolMother.ITEM_DONE.toString())).doesNotContain("overdue")
                .contains("Снять отметку");
        assertThat(programme.html()).contains("id=\"stage-1\"",
                "action=\"/programme/" + p.id() + "/roadmap/" + SchoolMother.ITEM_OVERDUE + "/delete\"",
                "Удалить мероприятие из дорожной карты?");
        assertThat(programme.field("stage").html()).contains("<option value=\"1\" selected=\"selected\">1. Подготовка");
    }

    @Test
    void startFormOffersTheCatalogueFormsAsCheckboxesAndSaysEveryErrorUnderItsField() {
        ProgrammeForm typed = new ProgrammeForm("2026/2028", "", List.of(), "Кузнецова Ольга Ивановна", "", "40");
        FormErrors errors = FormErrors.found(ProgrammeForm.class, List.of(
                new FieldError("silentAfterWeeks", "Число недель — целое, от 1 до 26"),
                new FieldError("schoolYear", "Учебный год — два соседних года, например 2026/2027"),
                new FieldError("forms", "Отметьте формы наставничества, которые ведёт школа")));

        Rendered form = Templates.render(ProgrammeFormPage.start(typed, errors, BankMother.forms()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(form.heading()).isEqualTo("Новая программа наставничества");
        assertThat(form.text()).contains("дорожная карта заполнится мероприятиями семи этапов", "Создать программу");
        assertThat(form.summary()).containsExactly("Учебный год — два соседних года, например 2026/2027",
                "Отметьте формы наставничества, которые ведёт школа", "Число недель — целое, от 1 до 26");
        assertThat(form.field("forms").html()).contains("value=\"TEACHER_TEACHER\"", "учитель – учитель",
                "value=\"STUDENT_PUPIL\"");
        assertThat(form.field("schoolYear").html()).contains("value=\"2026/2028\"");
        assertThat(form.field("silentAfterWeeks").errors()).containsExactly("Число недель — целое, от 1 до 26");
    }

    @Test
    void editFormTicksTheFormsTheProgrammeRuns() {
        ProgrammeForm form = ProgrammeForm.of(SchoolMother.programme());

        Rendered page = Templates.render(ProgrammeFormPage.edit(SchoolMother.PROGRAMME.toString(), form,
                FormErrors.none(), BankMother.forms()), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Изменение программы наставничества");
        assertThat(page.field("forms").html()).contains("value=\"TEACHER_TEACHER\" checked=\"checked\"",
                "value=\"STUDENT_PUPIL\" checked=\"checked\"");
        assertThat(page.field("curators").html()).contains("Кузнецова Ольга Ивановна");
        assertThat(page.html()).doesNotContain("form-errors");
    }

    @Test
    void roadmapItemFormComesBackAsTyped() {
        Programmes.Programme p = SchoolMother.programme();
        RoadmapItemForm typed = new RoadmapItemForm("2", "Анкетирование", "31.02.2026", "психолог", "");
        FormErrors errors = FormErrors.found(RoadmapItemForm.class,
                List.of(new FieldError("deadline", "Срок — дата в формате ДД.ММ.ГГГГ")));

        Rendered page = Templates.render(new RoadmapItemPage(p.id(), SchoolMother.ITEM_OVERDUE, p.schoolYear(), typed,
                errors, ProgrammePage.stageOptions(p, typed.stage())), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Мероприятие дорожной карты");
        assertThat(page.field("deadline").errors()).containsExactly("Срок — дата в формате ДД.ММ.ГГГГ");
        assertThat(page.field("deadline").html()).contains("value=\"31.02.2026\"");
        assertThat(page.field("stage").html()).contains("<option value=\"2\" selected=\"selected\">");
        assertThat(page.text()).contains("← Программа на 2026/2027 учебный год");
    }

    @Test
    void schoolProfileSaysWhereItsNamesGo() {
        var form = new SchoolProfileForm("", "МАОУ СОШ № 1", "Орлова Татьяна Николаевна", "");
        var errors = FormErrors.found(SchoolProfileForm.class, List.of(new FieldError("fullName", "Укажите полное название школы")));

        Rendered page = Templates.render(new SchoolProfilePage(form, errors), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Сведения о школе");
        assertThat(page.text()).contains("приказе о закреплении наставнических пар");
        assertThat(page.field("fullName").errors()).containsExactly("Укажите полное название школы");
        assertThat(page.field("directorName").html()).contains("value=\"Орлова Татьяна Николаевна\"");
    }

    @Test
    void weeksAreSaidInRussian() {
        assertThat(List.of(1, 2, 5, 11, 21, 22).stream().map(ProgrammePage::weeks).toList())
                .containsExactly("неделю", "недели", "недель", "недель", "неделю", "недели");
    }

    /** The table row of one roadmap item. */
    static String row(String html, String itemId) {
        int at = html.indexOf("data-item-id=\"" + itemId + "\"");
        assertThat(at).as("the row of item %s", itemId).isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }
}
