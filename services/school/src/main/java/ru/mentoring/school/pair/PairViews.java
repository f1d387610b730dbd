package ru.mentoring.school.pair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.completion.PairEndings;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.oversight.PairConcerns;

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
    private final PairEndings endings;
    private final PairConcerns concerns;
    private final PairPeople people;

    PairViews(PairService pairs, MenteeService mentees, FormTitles forms, PairEndings endings, PairConcerns concerns,
              PairPeople people) {
        this.pairs = pairs;
        this.mentees = mentees;
        this.forms = forms;
        this.endings = endings;
        this.concerns = concerns;
        this.people = people;
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
        return PairView.of(pair, forms.title(pair.form()), members(schoolId, pairs.menteesOf(pair.id())),
                extras(schoolId, List.of(pair.id())).getOrDefault(pair.id(), PairView.Extras.NONE));
    }

    /**
     * The pair as the one working on it may see it, read again after a change: a mentor from another school
     * gets the pupils as minimal cards (first name and class). Call within the pair's school.
     */
    @Transactional(readOnly = true)
    public PairView of(PairParticipant who) {
        Pair pair = pairs.pair(who.pair().schoolId(), who.pair().id());
        List<PairView.Member> members = people.mentees(new PairParticipant(pair, who.side(), who.menteeId(), who.actor(), who.email()))
                .stream().map(c -> new PairView.Member(c.id(), c.name(), c.grade(), c.position())).toList();
        return PairView.of(pair, forms.title(pair.form()), members,
                extras(pair.schoolId(), List.of(pair.id())).getOrDefault(pair.id(), PairView.Extras.NONE));
    }

    @Transactional(readOnly = true)
    public List<PairView> allOf(String schoolId) {
        return all(schoolId);
    }

    @Transactional(readOnly = true)
    List<PairView> all(String schoolId) {
        List<Pair> all = pairs.all(schoolId);
        Map<UUID, List<UUID>> roster = pairs.menteesOf(all.stream().map(Pair::id).toList());
        Map<UUID, Mentee> found = mentees.findAll(schoolId, roster.values().stream().flatMap(List::stream).distinct()
                .toList()).stream().collect(Collectors.toMap(Mentee::id, Function.identity()));
        Map<UUID, PairView.Extras> extras = extras(schoolId, all.stream().map(Pair::id).toList());
        return all.stream().map(p -> PairView.of(p, forms.title(p.form()), roster.getOrDefault(p.id(), List.of()).stream()
                .map(found::get).filter(java.util.Objects::nonNull).map(PairViews::member).toList(),
                extras.getOrDefault(p.id(), PairView.Extras.NONE))).toList();
    }

    private Map<UUID, PairView.Extras> extras(String schoolId, List<UUID> pairIds) {
        var completed = endings.completions(schoolId, pairIds);
        var terminated = endings.terminations(schoolId, pairIds);
        var concern = concerns.latest(schoolId, pairIds);
        java.util.Map<UUID, PairView.Extras> extras = new java.util.HashMap<>();
        for (UUID id : pairIds) {
            if (completed.containsKey(id) || terminated.containsKey(id) || concern.containsKey(id)) {
                extras.put(id, new PairView.Extras(completed.get(id), terminated.get(id), concern.get(id)));
            }
        }
        return extras;
    }

    private List<PairView.Member> members(String schoolId, List<UUID> ids) {
        return mentees.findAll(schoolId, ids).stream().map(PairViews::member).toList();
    }

    private static PairView.Member member(Mentee m) {
        return new PairView.Member(m.id(), m.fullName(), m.grade(), m.position());
    }
}
