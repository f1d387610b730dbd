package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.school.pair.PairSide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One meeting of a pair, logged by one side and confirmed by another. */
@MappedEntity("meeting")
record Meeting(
        @Id UUID id,
        String schoolId,
        UUID pairId,
        LocalDate heldOn,
        MeetingKind kind,
        MeetingFormat format,
        String topic,
        @Nullable String result,
        @Nullable Integer durationMinutes,
        PairSide loggedBy,
        @Nullable LocalDate confirmedOn,
        @Nullable PairSide confirmedBy,
        @Nullable @DateCreated Instant createdAt) {

    boolean confirmed() {
        return confirmedOn != null;
    }

    /**
     * Who may confirm: the other side. The mentor's word is confirmed by a mentee or the curator, a
     * mentee's by the mentor, the curator's by the mentor or a mentee.
     */
    boolean confirmableBy(PairSide side) {
        return !confirmed() && switch (loggedBy) {
            case MENTOR -> side == PairSide.MENTEE || side == PairSide.CURATOR;
            case MENTEE -> side == PairSide.MENTOR;
            case CURATOR -> side == PairSide.MENTOR || side == PairSide.MENTEE;
        };
    }

    Meeting confirmedBy(PairSide side, LocalDate on) {
        return new Meeting(id, schoolId, pairId, heldOn, kind, format, topic, result, durationMinutes, loggedBy, on, side,
                createdAt);
    }
}
