package ru.mentoring.portal.home;

import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.backend.school.Oversight;
import ru.mentoring.portal.pairwork.PairHeaders;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The lines of «Что сделать дальше» about pairs at work, each from one call: the curator's from the
 * oversight board (overdue tasks, silent pairs, withdrawn consents, pairs past their end to complete,
 * meetings to confirm), a mentor's or a mentee's from their own pairs (meetings to confirm, overdue tasks,
 * pairs to complete). The board's flags and «today» are the school service's.
 */
final class PairWorkSteps {

    void ofSchool(List<NextStep> steps, Oversight.Board board) {
        List<Oversight.Row> rows = board.rows();
        LocalDate today = board.today();
        List<Oversight.Row> overdue = rows.stream().filter(r -> r.overdueTasks() > 0).toList();
        if (overdue.isEmpty()) {
            steps.add(NextStep.done("Просроченных задач в планах пар нет", "/oversight", "Наблюдение за парами"));
        } else {
            steps.add(NextStep.todo("Просроченных задач в планах пар: " + overdue.stream()
                            .mapToInt(Oversight.Row::overdueTasks).sum() + " (пар: " + overdue.size() + ")",
                    "/oversight?show=overdue", "Наблюдение за парами",
                    items(overdue, r -> name(r) + ": просрочено " + r.overdueTasks(), r -> "/pairs/" + r.pairId() + "#plan")));
        }
        add(steps, rows, Oversight.Row::silent, "Пар без встреч " + board.silentAfterWeeks() + " нед. и дольше: ",
                "/oversight?show=silent", r -> name(r) + (r.lastMeetingOn() == null ? ": встреч не было"
                        : ": последняя встреча " + ru.mentoring.portal.web.Dates.day(r.lastMeetingOn())),
                r -> "/pairs/" + r.pairId() + "#meetings");
        add(steps, rows, r -> r.meetingsToConfirm() != null && r.meetingsToConfirm() > 0,
                "Пар со встречами, ждущими подтверждения: ", "/oversight", r -> name(r)
                        + ": " + r.meetingsToConfirm(), r -> "/pairs/" + r.pairId() + "#meetings");
        add(steps, rows, r -> "ACTIVE".equals(r.status()) && today != null && r.endsOn() != null
                        && r.endsOn().isBefore(today), "Срок работы вышел, пару пора завершить: ",
                "/oversight?show=ending", PairWorkSteps::name, r -> "/pairs/" + r.pairId() + "/completion");
        add(steps, rows, Oversight.Row::consentWithdrawn, "Пар, где отозвано согласие: ", "/oversight?show=consent",
                PairWorkSteps::name, r -> "/pairs/" + r.pairId());
    }

    void ofOwn(List<NextStep> steps, List<MyPairs.Item> pairs, boolean mentor, LocalDate today) {
        int toConfirm = pairs.stream().mapToInt(MyPairs.Item::meetingsToConfirm).sum();
        if (toConfirm > 0) {
            steps.add(NextStep.todo("Встреч ждут вашего подтверждения: " + toConfirm, "/my-pairs",
                    mentor ? "Мои пары" : "Моё наставничество",
                    items(pairs.stream().filter(p -> p.meetingsToConfirm() > 0).toList(), p -> name(p, mentor),
                            p -> "/my-pairs/" + p.pairId() + "#meetings")));
        }
        List<MyPairs.Item> late = pairs.stream().filter(p -> "ACTIVE".equals(p.status()) && (p.overdueTasks() != null
                ? p.overdueTasks() > 0 : p.nextTaskDue() != null && p.nextTaskDue().isBefore(today))).toList();
        if (!late.isEmpty()) {
            // a mentee has one plan of their own: the tasks are counted, not the pairs
            String what = mentor ? "Пар с просроченными задачами плана: " + late.size()
                    : "Просроченных задач в вашем плане: " + late.stream()
                    .mapToInt(p -> p.overdueTasks() != null ? p.overdueTasks() : 1).sum();
            steps.add(NextStep.todo(what, "/my-pairs", mentor ? "Мои пары" : "Моё наставничество",
                    items(late, p -> name(p, mentor), p -> "/my-pairs/" + p.pairId() + "#plan")));
        }
        if (mentor) {
            List<MyPairs.Item> ending = pairs.stream().filter(p -> "ACTIVE".equals(p.status()) && p.endsOn() != null
                    && p.endsOn().isBefore(today)).toList();
            if (!ending.isEmpty()) {
                steps.add(NextStep.todo("Срок работы вышел, пару пора завершить: " + ending.size(), "/my-pairs",
                        "Мои пары", items(ending, PairWorkSteps::name, p -> "/pairs/" + p.pairId() + "/completion")));
            }
        }
    }

    private static void add(List<NextStep> steps, List<Oversight.Row> rows, Predicate<Oversight.Row> which,
                            String text, String link, Function<Oversight.Row, String> item,
                            Function<Oversight.Row, String> itemLink) {
        List<Oversight.Row> found = rows.stream().filter(which).toList();
        if (!found.isEmpty()) {
            steps.add(NextStep.todo(text + found.size(), link, "Наблюдение за парами", items(found, item, itemLink)));
        }
    }

    private static <T> List<NextStep.Item> items(List<T> found, Function<T, String> text, Function<T, String> link) {
        return found.stream().limit(NextSteps.ITEMS).map(t -> new NextStep.Item(text.apply(t), link.apply(t))).toList();
    }

    private static String name(Oversight.Row r) {
        return r.mentorName() + " — " + String.join(", ", r.menteeList().stream().map(Oversight.Person::fullName)
                .toList());
    }

    /** A mentor's pair by its mentees and school; a mentee's own pair by the mentor, whose school is theirs. */
    private static String name(MyPairs.Item p, boolean mentor) {
        if (!mentor && p.mentorName() != null && !p.mentorName().isBlank()) {
            return "наставник " + p.mentorName();
        }
        return name(p);
    }

    private static String name(MyPairs.Item p) {
        String mentees = String.join(", ", p.menteeList().stream().map(PairHeaders::card).toList());
        String school = p.schoolName() == null || p.schoolName().isBlank() ? "" : ", " + p.schoolName();
        return mentees + school;
    }
}
