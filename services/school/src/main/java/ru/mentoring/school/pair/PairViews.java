package ru.mentoring.school.pair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pairs with their mentees' names, for the curator's pages and documents. */
@Singleton
public class PairViews {

    private final PairService pairs;
    private final MenteeService mentees;
    private final FormTitles forms;

    PairViews(PairService pairs, MenteeService mentees, FormTitles forms) {
        this.pairs = pairs;
        this.mentees = mentees;
        this.forms = forms;
    }

    /** The school's pairs in a school year (begun between its 1st of September and its 31st of August). */
    @Transactional(readOnly = true)
    public List<PairView> ofYear(String schoolId, String schoolYear) {
        java.time.LocalDate from = ru.mentoring.support.time.Today.schoolYearStart(schoolYear);
        java.time.LocalDate to = from.plusYears(1).minusDays(1);
        return all(schoolId).stream().filter(p -> !p.startsOn().isBefore(from) && !p.startsOn().isAfter(to)).toList();
    }

    @Transactional(readOnly = true)
    PairView of(String schoolId, Pair pair) {
        return PairView.of(pair, forms.title(pair.form()), members(schoolId, pairs.menteesOf(pair.id())));
    }

    @Transactional(readOnly = true)
    public List<PairView> allOf(String schoolId) {
        return all(schoolId);
    }

    @Transactional(readOnly = true)
    List<PairView> all(String schoolId) {
        List<Pair> all = pairs.all(schoolId);
        Map<UUID, List<UUID>> roster = pairs.menteesOf(all.stream().map(Pair::id).toList());
        Map<UUID, Mentee> people = mentees.findAll(schoolId, roster.values().stream().flatMap(List::stream).distinct()
                .toList()).stream().collect(Collectors.toMap(Mentee::id, Function.identity()));
        return all.stream().map(p -> PairView.of(p, forms.title(p.form()), roster.getOrDefault(p.id(), List.of()).stream()
                .map(people::get).filter(java.util.Objects::nonNull).map(PairViews::member).toList())).toList();
    }

    private List<PairView.Member> members(String schoolId, List<UUID> ids) {
        return mentees.findAll(schoolId, ids).stream().map(PairViews::member).toList();
    }

    private static PairView.Member member(Mentee m) {
        return new PairView.Member(m.id(), m.fullName(), m.grade(), m.position());
    }
}
