package ru.mentoring.portal.plantemplate;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The methodist's plan templates: the list, one form's template, one of its tasks. */
class TemplatePagesTest {

    @Test
    void theListCountsSectionsAndTasksOfEachForm() {
        Rendered page = Templates.render(TemplatesPage.of(true, PairWorkMother.templates()), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Шаблоны планов развития");
        assertThat(page.text()).contains("учитель – учитель 2 2").doesNotContain("Шаблоны ведёт методист");
        assertThat(page.html()).contains("href=\"/plan-templates/TEACHER_TEACHER\"");
    }

    @Test
    void aTemplateShowsItsSectionsAndTheMethodistsEditLinks() {
        Rendered page = Templates.render(TemplatePage.of(PairWorkMother.template(), true), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Шаблон плана: учитель – учитель");
        assertThat(page.text()).contains("Посетить уроки наставника анализ урока конспект через 30 дн. от начала работы пары",
                "Провести открытый урок урок проведён — через 60 дн.", "Работа с документацией Переименовать раздел Задач в разделе нет.");
        assertThat(page.html()).contains("href=\"/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/1\"",
                "href=\"/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/1/delete\"",
                "href=\"/plan-templates/TEACHER_TEACHER/tasks/new?section=DOCUMENTS\"");
    }

    @Test
    void aCuratorReadsTheTemplateWithoutChangingIt() {
        Rendered page = Templates.render(TemplatePage.of(PairWorkMother.template(), false), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.html()).doesNotContain("/tasks/").doesNotContain("Переименовать раздел");
    }

    @Test
    void aTaskFormSaysItsErrorsUnderItsFields() {
        var form = new TemplateTaskForm("ANALYSIS", "", "", "", "400");

        Rendered page = Templates.render(TemplateTaskPage.of(PairWorkMother.template(), null, form,
                FormErrors.found(TemplateTaskForm.class, List.of(
                        new FormErrors.FieldError("title", "Укажите задачу (мероприятие)"),
                        new FormErrors.FieldError("dueAfterDays", "Число дней от 0 до 366")))), PortalUsers.methodist())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Новая задача шаблона");
        assertThat(page.field("title").errors()).containsExactly("Укажите задачу (мероприятие)");
        assertThat(page.field("dueAfterDays").html()).contains("value=\"400\"");
        assertThat(page.html()).contains("action=\"/plan-templates/TEACHER_TEACHER/tasks/new\"");
    }
}
