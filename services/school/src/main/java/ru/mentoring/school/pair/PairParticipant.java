package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Someone allowed to act on a pair, and as whom. {@code menteeId} is set for a mentee signed in;
 * {@code actor} is the login that acts (kept with what they write), {@code email} its verified address. A mentor from another school (or from
 * no school at all) sees the pair's pupils only as minimal cards.
 */
public record PairParticipant(Pair pair, PairSide side, @Nullable UUID menteeId, String actor, @Nullable String email) {

    public boolean is(PairSide other) {
        return side == other;
    }

    /** The mentor leads the pair from outside its school: pupils are shown as first name and class only. */
    public boolean outsideMentor() {
        return side == PairSide.MENTOR && !pair.schoolId().equals(pair.mentorSchoolId());
    }

    /** The curator of a teacher pair sees what the programme requires, not what the teachers wrote. */
    public boolean limitedCurator() {
        return side == PairSide.CURATOR && pair.teacherPair();
    }
}
