package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.support.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Every change of a pair leaves the school through the outbox, in the transaction that made it. Only
 * the mentees' random keys travel: never a name, class, contact, category or request.
 */
@Singleton
class PairPublisher {

    private final PairMemberRepository members;
    private final MenteeService mentees;
    private final Outbox outbox;
    private final Clock clock;

    PairPublisher(PairMemberRepository members, MenteeService mentees, Outbox outbox, Clock clock) {
        this.members = members;
        this.mentees = mentees;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publish(Pair pair) {
        publish(pair, null, pair.id());
    }

    /**
     * @param closing the figures of the event that ends the pair, or null
     * @param key     the aggregate the event is ordered with: the pair itself, or — for a pair that continues
     *                another — the ended pair, so the mentor bank frees the seats before it is asked again
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publish(Pair pair, @Nullable PairClosing closing, UUID key) {
        List<PairMember> roster = members.findByKeyPairId(pair.id());
        List<Mentee> people = mentees.findAll(pair.schoolId(), roster.stream().map(m -> m.key().menteeId()).toList());
        var payload = closing == null
                ? new PairChangedV1(pair.id(), pair.schoolId(), pair.mentorId(), pair.form(), pair.formation(),
                pair.status(), pair.startsOn(), pair.endsOn(), people.stream().map(Mentee::menteeKey).toList(),
                roster.size(), pair.endedOn())
                : new PairChangedV1(pair.id(), pair.schoolId(), pair.mentorId(), pair.form(), pair.formation(),
                pair.status(), pair.startsOn(), pair.endsOn(), people.stream().map(Mentee::menteeKey).toList(),
                roster.size(), pair.endedOn(), closing.meetingsHeld(), closing.planDone(), closing.planTotal(),
                closing.mentorScore(), closing.menteeScore(), closing.decision(), closing.followUpPairId(),
                closing.initiator(), closing.reasonCode());
        outbox.append("pair", key.toString(), PairEvents.CHANGED, new EventEnvelope<>(java.util.UUID.randomUUID(),
                PairEvents.CHANGED.name(), PairEvents.CHANGED.version(), pair.schoolId(), clock.instant(), payload));
    }
}
