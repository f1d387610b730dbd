package ru.mentoring.mentorbank.assignment;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorSeats;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.mentor.MentorStatus;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.pair.SeatEvents;
import ru.mentoring.model.pair.SeatsDecidedV1;
import ru.mentoring.support.outbox.Outbox;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts schools' pairs against mentors' capacity. A pair waiting for confirmation takes its seats at
 * once — or is refused when they are not free, so never one mentee over capacity, however many schools
 * ask at the same moment —, and the answer goes back to the school. A pair that ended gives its seats back.
 * Each pair has at most one row, so a repeated event changes nothing twice.
 */
@Singleton
class PairSeats {

    private final PairSeatRepository seats;
    private final MentorSeats mentorSeats;
    private final MentorService mentors;
    private final Outbox outbox;
    private final Clock clock;

    PairSeats(PairSeatRepository seats, MentorSeats mentorSeats, MentorService mentors, Outbox outbox, Clock clock) {
        this.seats = seats;
        this.mentorSeats = mentorSeats;
        this.mentors = mentors;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void apply(PairChangedV1 pair) {
        Optional<PairSeat> held = seats.findByPairIdForUpdate(pair.pairId());
        if (pair.status() == PairStatus.AWAITING_CONFIRMATION && held.isEmpty()) {
            decide(pair);
        } else if (pair.status().ended() && held.filter(s -> s.status() == PairSeat.Status.HELD).isPresent()) {
            PairSeat seat = held.get();
            mentorSeats.releaseAssignments(seat.mentorId(), seat.seats());
            seats.update(seat.released(clock.instant()));
        }
    }

    private void decide(PairChangedV1 pair) {
        Optional<Mentor> mentor = mentors.find(pair.mentorId());
        String refusal = mentor.isEmpty() ? "наставник не найден в банке наставников"
                : mentor.get().status() != MentorStatus.ACTIVE ? "наставник сейчас не принимает новых наставляемых"
                : !mentorSeats.assign(pair.mentorId(), pair.seats()) ? "у наставника не осталось свободных мест"
                : null;
        if (refusal == null) {
            seats.save(new PairSeat(pair.pairId(), pair.schoolId(), pair.mentorId(), pair.seats(), PairSeat.Status.HELD,
                    null, clock.instant()));
        } else if (mentor.isPresent()) {
            seats.save(new PairSeat(pair.pairId(), pair.schoolId(), pair.mentorId(), pair.seats(), PairSeat.Status.REFUSED,
                    refusal, clock.instant()));
        }
        var decision = new SeatsDecidedV1(pair.pairId(), pair.schoolId(), pair.mentorId(),
                refusal == null ? SeatsDecidedV1.Decision.CONFIRMED : SeatsDecidedV1.Decision.REFUSED, refusal);
        outbox.append("pair", pair.pairId().toString(), SeatEvents.DECIDED, new EventEnvelope<>(UUID.randomUUID(),
                SeatEvents.DECIDED.name(), SeatEvents.DECIDED.version(), pair.schoolId(), clock.instant(), decision));
    }
}
