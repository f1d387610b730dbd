package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Plans;

import java.util.ArrayList;
import java.util.List;

/**
 * The school service takes a template whole; the methodist changes one task or one section's title at a
 * time. A template task has no id of its own: it is the n-th task of its section.
 */
final class TemplateEdits {

    private TemplateEdits() {
    }

    /**
     * The template with the {@code index}-th task of {@code fromSection} taken out (none when {@code index} is
     * null) and {@code task} put into {@code toSection} — in its old place when it stays in its section, else
     * at the end. A null {@code task} only removes.
     */
    static Plans.SaveTemplate withTask(Plans.Template template, String fromSection, @Nullable Integer index,
                                       String toSection, @Nullable Plans.TemplateTask task) {
        List<Plans.TemplateSection> sections = new ArrayList<>();
        for (Plans.TemplateSection s : template.sectionList()) {
            List<Plans.TemplateTask> tasks = new ArrayList<>(s.taskList());
            int at = tasks.size();
            if (index != null && s.code().equals(fromSection) && index >= 0 && index < tasks.size()) {
                tasks.remove((int) index);
                at = index;
            }
            if (task != null && s.code().equals(toSection)) {
                tasks.add(toSection.equals(fromSection) ? Math.min(at, tasks.size()) : tasks.size(), task);
            }
            sections.add(new Plans.TemplateSection(s.code(), s.title(), tasks));
        }
        return new Plans.SaveTemplate(template.form(), sections);
    }

    static Plans.SaveTemplate renamed(Plans.Template template, String section, String title) {
        return new Plans.SaveTemplate(template.form(), template.sectionList().stream()
                .map(s -> new Plans.TemplateSection(s.code(), s.code().equals(section) ? title : s.title(), s.taskList()))
                .toList());
    }

    @Nullable
    static Plans.TemplateTask find(Plans.Template template, String section, int index) {
        return template.sectionList().stream().filter(s -> s.code().equals(section)).findFirst()
                .filter(s -> index >= 0 && index < s.taskList().size()).map(s -> s.taskList().get(index)).orElse(null);
    }
}
