package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Plans;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The school service takes a plan whole ({@code PUT /api/pairs/{id}/plan}); the portal changes one thing at
 * a time — the difficulties and goals, one task, one done mark — so each change is the plan as read, with
 * that one thing changed. A draft (the form's template) is saved whole the first time.
 */
final class PlanEdits {

    private PlanEdits() {
    }

    /** The plan as it is, ready to be sent back. */
    static List<Plans.SaveTask> tasks(Plans.Plan plan) {
        List<Plans.SaveTask> tasks = new ArrayList<>();
        for (Plans.Section section : plan.sectionList()) {
            for (Plans.Task t : section.taskList()) {
                tasks.add(new Plans.SaveTask(t.id(), section.code(), t.title(), t.dueOn(), t.expectedResult(),
                        t.reportingForm(), t.done(), t.practiceId()));
            }
        }
        return tasks;
    }

    static Plans.Save header(Plans.Plan plan, @Nullable String difficulties, @Nullable String goals) {
        return new Plans.Save(difficulties, goals, tasks(plan));
    }

    /** The task {@code taskId} replaced, or (null id) the new task added at the end of its section. */
    static Plans.Save withTask(Plans.Plan plan, @Nullable UUID taskId, Plans.SaveTask task) {
        List<Plans.SaveTask> tasks = new ArrayList<>(tasks(plan));
        if (taskId == null) {
            int at = tasks.size();
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).section().equals(task.section())) {
                    at = i + 1;
                }
            }
            tasks.add(at, task);
        } else {
            tasks.replaceAll(t -> taskId.equals(t.id()) ? task : t);
        }
        return new Plans.Save(plan.difficulties(), plan.goals(), tasks);
    }

    static Plans.Save without(Plans.Plan plan, UUID taskId) {
        return changed(plan, tasks -> tasks.stream().filter(t -> !taskId.equals(t.id())).toList());
    }

    static Plans.Save marked(Plans.Plan plan, UUID taskId, boolean done) {
        return changed(plan, tasks -> tasks.stream().map(t -> taskId.equals(t.id())
                ? new Plans.SaveTask(t.id(), t.section(), t.title(), t.dueOn(), t.expectedResult(), t.reportingForm(),
                done, t.practiceId()) : t).toList());
    }

    /** Where a task stands in the plan sent (the service names a task's field by it); -1 for a new one at the end. */
    static int index(Plans.Save save, @Nullable UUID taskId, Plans.SaveTask task) {
        List<Plans.SaveTask> tasks = save.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (taskId != null ? taskId.equals(tasks.get(i).id()) : tasks.get(i) == task) {
                return i;
            }
        }
        return -1;
    }

    @Nullable
    static Plans.Task find(Plans.Plan plan, UUID taskId) {
        return plan.tasks().stream().filter(t -> taskId.equals(t.id())).findFirst().orElse(null);
    }

    @Nullable
    static String sectionOf(Plans.Plan plan, UUID taskId) {
        for (Plans.Section section : plan.sectionList()) {
            if (section.taskList().stream().anyMatch(t -> taskId.equals(t.id()))) {
                return section.code();
            }
        }
        return null;
    }

    private static Plans.Save changed(Plans.Plan plan, UnaryOperator<List<Plans.SaveTask>> change) {
        return new Plans.Save(plan.difficulties(), plan.goals(), change.apply(tasks(plan)));
    }
}
