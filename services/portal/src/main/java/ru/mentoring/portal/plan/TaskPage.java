package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A task of the plan, new or changed: the sections of the plan to choose from and the practices of the
 * library the search found (the linked one kept among them).
 */
record TaskPage(PairHeader header, @Nullable UUID taskId, TaskForm form, FormErrors errors, List<Option> sections,
                List<Option> practices, @Nullable String searchNote) implements PageModel {

    static TaskPage of(PairHeader header, @Nullable UUID taskId, TaskForm form, FormErrors errors, Plans.Plan plan,
                       String linkedTitle, List<Plans.LibraryPractice> found,
                       @Nullable String searchNote) {
        String chosen = form.practiceId() == null ? "" : form.practiceId().strip();
        List<Option> practices = new ArrayList<>();
        practices.add(new Option("", "— без практики —", chosen.isEmpty()));
        if (!chosen.isEmpty() && found.stream().noneMatch(h -> h.id().toString().equals(chosen))) {
            practices.add(new Option(chosen, linkedTitle, true));
        }
        found.forEach(h -> practices.add(new Option(h.id().toString(), h.title(), h.id().toString().equals(chosen))));
        List<Option> sections = Option.of(plan.sectionList(), Plans.Section::code, Plans.Section::title,
                s -> s.code().equals(form.section()));
        return new TaskPage(header, taskId, form, errors, sections, practices, searchNote);
    }

    public String action() {
        return "/pairs/" + header.id() + "/plan/tasks/" + (taskId == null ? "new" : taskId.toString());
    }

    @Override
    public String view() {
        return "plan-task";
    }

    @Override
    public String title() {
        return taskId == null ? "Новая задача плана" : "Задача плана";
    }
}
