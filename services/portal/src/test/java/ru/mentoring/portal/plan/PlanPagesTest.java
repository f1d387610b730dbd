package ru.mentoring.portal.plan;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's head and one task as forms. */
class PlanPagesTest {

    @Test
    void aDraftPlanSaysItsTemplateTasksAreSavedWithIt() {
        var pair = PairWorkMother.activePupilPair();
        var plan = PairWorkMother.draftPlan(pair.id());

        Rendered page = Templates.render(new PlanFormPage(PairHeaders.of(pair), true, plan.tasks().size(),
                PlanForm.of(plan), FormErrors.none()), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("План развития: заполнение");
        assertThat(page.text()).contains("Наставническая пара: Петров Пётр Андреевич — Петров Пётр Петрович (9Б)",
                "сохранятся задачи шаблона формы наставничества (1)", "Сохранить план");
        assertThat(page.field("difficulties").html()).contains("Выявленные профессиональные затруднения");
    }

    @Test
    void aTaskOffersThePlansSectionsAndKeepsItsLinkedPractice() {
        var pair = PairWorkMother.activePupilPair();
        var plan = PairWorkMother.plan(pair.id());
        var task = PlanEdits.find(plan, PairWorkJson.TASK_OVERDUE);
        var form = TaskForm.of("ANALYSIS", task);
        var hit = new ru.mentoring.portal.backend.school.Plans.LibraryPractice(
                java.util.UUID.fromString("77770000-0000-4000-8000-000000000002"), "Проектная задача в 7 классе", null, 2026);

        Rendered page = Templates.render(TaskPage.of(PairHeaders.of(pair), PairWorkJson.TASK_OVERDUE, form,
                FormErrors.found(TaskForm.class, List.of(new FormErrors.FieldError("dueOn", "Срок позже окончания работы пары (31.05.2027)"))),
                plan, task.practiceTitle(), List.of(hit), "Найдено практик: 1. Выберите одну в списке «Практика из банка»."),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Задача плана");
        assertThat(page.text()).contains("срок работы 01.09.2026 — 31.05.2027", "Найдено практик: 1");
        assertThat(page.field("section").html()).contains(
                "<option value=\"ANALYSIS\" selected=\"selected\">Анализ профессиональных трудностей и способы их преодоления</option>",
                "Направления профессионального развития");
        assertThat(page.field("practiceId").html()).contains("<option value=\"" + PairWorkJson.PRACTICE
                + "\" selected=\"selected\">Формирующее оценивание на уроке</option>", "Проектная задача в 7 классе");
        assertThat(page.field("dueOn").errors()).containsExactly("Срок позже окончания работы пары (31.05.2027)");
        assertThat(page.field("dueOn").html()).contains("value=\"2026-10-20\"");
        assertThat(page.html()).contains("action=\"/pairs/" + pair.id() + "/plan/tasks/" + PairWorkJson.TASK_OVERDUE + "\"");
    }
}
