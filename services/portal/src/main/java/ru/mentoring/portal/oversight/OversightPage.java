package ru.mentoring.portal.oversight;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Oversight;
import ru.mentoring.portal.pair.PairLabels;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * «Наблюдение за парами»: every pair and group of the school in one view — plan progress, last meeting,
 * overdue tasks, silent pairs (no meeting for N weeks, N of the programme), withdrawn consent, concerns —
 * with the counts on top and a filter by each flag. The flags are the school service's, computed on its own
 * clock; «пора завершать» is a working pair past its end date on that same clock.
 */
record OversightPage(String show, List<Option> filters, int silentAfterWeeks, String today, List<Count> counts,
                     List<Row> rows) implements PageModel {

    static final Map<String, String> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("all", "все пары и группы");
        FILTERS.put("overdue", "с просроченными задачами");
        FILTERS.put("silent", "без встреч");
        FILTERS.put("consent", "с отозванным согласием");
        FILTERS.put("concern", "с отмеченным опасением");
        FILTERS.put("ending", "пора завершать");
    }

    static OversightPage of(@Nullable String asked, Oversight.Board board) {
        String show = asked != null && FILTERS.containsKey(asked.strip()) ? asked.strip() : "all";
        LocalDate today = board.today();
        List<Row> all = board.rows().stream().map(r -> Row.of(r, today)).toList();
        List<Count> counts = List.of(
                count("Всего", all, r -> true, "all"),
                count("Работают", all, r -> "ACTIVE".equals(r.statusCode()), "all"),
                count("С просроченными задачами", all, r -> r.overdueTasks() > 0, "overdue"),
                count("Без встреч " + board.silentAfterWeeks() + " нед. и дольше", all, Row::silent, "silent"),
                count("Отозвано согласие", all, Row::consentWithdrawn, "consent"),
                count("Опасения", all, r -> r.concern() != null, "concern"),
                count("Пора завершать", all, Row::toComplete, "ending"));
        return new OversightPage(show, Option.of(FILTERS.entrySet(), Map.Entry::getKey, Map.Entry::getValue,
                e -> e.getKey().equals(show)), board.silentAfterWeeks(), Dates.day(today) ,
                counts, all.stream().filter(filter(show)).toList());
    }

    private static Predicate<Row> filter(String show) {
        return switch (show) {
            case "overdue" -> r -> r.overdueTasks() > 0;
            case "silent" -> Row::silent;
            case "consent" -> Row::consentWithdrawn;
            case "concern" -> r -> r.concern() != null;
            case "ending" -> Row::toComplete;
            default -> r -> true;
        };
    }

    private static Count count(String label, List<Row> rows, Predicate<Row> which, String show) {
        return new Count(label, (int) rows.stream().filter(which).count(), show);
    }

    @Override
    public String view() {
        return "oversight";
    }

    @Override
    public String title() {
        return "Наблюдение за парами";
    }

    record Count(String label, int value, String show) {
    }

    record Row(UUID id, String mentor, List<String> mentees, String form, String statusCode, String status,
               String statusClass, String term, String plan, int overdueTasks, String lastMeeting, boolean silent,
               String silence, boolean consentWithdrawn, @Nullable String concern, boolean minorsPair,
               boolean teacherPair, boolean toComplete, int toConfirm) {

        static Row of(Oversight.Row r, @Nullable LocalDate today) {
            String status = r.statusTitle() != null && !r.statusTitle().isBlank() ? r.statusTitle()
                    : PairLabels.status(r.status());
            String silence = !r.silent() ? "" : r.silentWeeks() == null ? "нет встреч"
                    : "нет встреч " + r.silentWeeks() + " нед.";
            boolean ending = "ACTIVE".equals(r.status()) && today != null && r.endsOn() != null
                    && r.endsOn().isBefore(today);
            return new Row(r.pairId(), r.mentorName(), r.menteeList().stream().map(Oversight.Person::fullName).toList(),
                    r.formTitle() == null ? "—" : r.formTitle(), r.status(), status, PairLabels.statusClass(r.status()),
                    Dates.day(r.startsOn()) + " — " + Dates.day(r.endsOn()),
                    r.planTotal() == 0 ? "нет задач" : r.planDone() + " из " + r.planTotal(), r.overdueTasks(),
                    r.lastMeetingOn() == null ? "не было" : Dates.day(r.lastMeetingOn()), r.silent(), silence,
                    r.consentWithdrawn(), r.concern() == null || r.concern().isBlank() ? null : r.concern().strip(),
                    r.minorsPair(), r.teacherPair(), ending,
                    r.meetingsToConfirm() == null ? 0 : r.meetingsToConfirm());
        }

        /** Worth the curator's look: something is late, silent, withdrawn or worrying. */
        public boolean flagged() {
            return overdueTasks > 0 || silent || consentWithdrawn || concern != null || toComplete;
        }
    }
}
