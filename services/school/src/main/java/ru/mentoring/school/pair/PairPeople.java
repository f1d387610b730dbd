package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pair's mentees as the one asking may see them. A mentor from another school (or from no school) gets a
 * pupil only as the minimal card — first name and class (DOMAIN §7.2): never the surname, contacts,
 * restricted categories, birth date or request. So does a mentee for the other pupils of their group.
 * Everyone else working on the pair sees the full name.
 */
@Singleton
public class PairPeople {

    private final PairService pairs;
    private final MenteeService mentees;

    PairPeople(PairService pairs, MenteeService mentees) {
        this.pairs = pairs;
        this.mentees = mentees;
    }

    /** {@code name} is the full name, or the first name only on a minimal card. */
    public record Card(UUID id, String name, @Nullable String grade, @Nullable String position, boolean pupil,
                       boolean minor, boolean minimal) {
    }

    /** Call within the pair's school (see {@link PairAccess#within}). */
    @Transactional(readOnly = true)
    public List<Card> mentees(PairParticipant who) {
        LocalDate today = mentees.today().date();
        return mentees.findAll(who.pair().schoolId(), pairs.menteeIds(who.pair().id())).stream()
                .map(m -> card(m, who.outsideMentor() || who.is(PairSide.MENTEE) && !m.id().equals(who.menteeId()), today))
                .toList();
    }

    /** Whether any mentee of the pair is a pupil or under 18: the curator watches such pairs closely. */
    @Transactional(readOnly = true)
    public boolean hasMinor(String schoolId, UUID pairId) {
        LocalDate today = mentees.today().date();
        return mentees.findAll(schoolId, pairs.menteeIds(pairId)).stream()
                .anyMatch(m -> m.kind() == MenteeKind.PUPIL || m.minorOn(today));
    }

    private static Card card(Mentee m, boolean outside, LocalDate today) {
        boolean pupil = m.kind() == MenteeKind.PUPIL || m.minorOn(today);
        boolean minimal = outside && pupil;
        return new Card(m.id(), minimal ? m.firstName() : m.fullName(), m.grade(), minimal ? null : m.position(), pupil,
                m.minorOn(today), minimal);
    }
}
