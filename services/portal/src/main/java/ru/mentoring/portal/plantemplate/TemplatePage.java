package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** One form's plan template by sections; the methodist changes it task by task. */
record TemplatePage(String form, String formTitle, boolean editable, List<Section> sections) implements PageModel {

    static TemplatePage of(Plans.Template t, boolean editable) {
        return new TemplatePage(t.form(), t.formTitle() == null || t.formTitle().isBlank() ? "форма наставничества"
                : t.formTitle(), editable, t.sectionList().stream().map(s -> new Section(s.code(), s.title(),
                s.taskList().stream().map(Task::of).toList())).toList());
    }

    @Override
    public String view() {
        return "plan-template";
    }

    @Override
    public String title() {
        return "Шаблон плана: " + formTitle;
    }

    record Section(String code, String title, List<Task> tasks) {
    }

    record Task(String title, String expectedResult, String reportingForm, String due) {

        static Task of(Plans.TemplateTask t) {
            return new Task(t.title(), text(t.expectedResult()), text(t.reportingForm()),
                    t.dueAfterDays() == null ? "к концу работы пары"
                            : "через " + t.dueAfterDays() + " дн. от начала работы пары");
        }

        private static String text(@Nullable String value) {
            return value == null || value.isBlank() ? "—" : value.strip();
        }
    }
}
