package ru.mentoring.mentorbank.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The seats one school's pair holds (or was refused) with a mentor. */
@MappedEntity("pair_seat")
record PairSeat(@Id UUID pairId, String schoolId, UUID mentorId, int seats, Status status, @Nullable String reason,
                Instant decidedAt) {

    enum Status {
        HELD,
        REFUSED,
        RELEASED
    }

    PairSeat released(Instant at) {
        return new PairSeat(pairId, schoolId, mentorId, seats, Status.RELEASED, reason, at);
    }
}
