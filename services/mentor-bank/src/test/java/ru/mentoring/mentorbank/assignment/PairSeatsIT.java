package ru.mentoring.mentorbank.assignment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.jooq.Tables.OUTBOX;
import static ru.mentoring.support.testing.SchoolIsolation.assertVisibleOnlyTo;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Schools' pairs counted against a mentor's capacity, as the pair events arrive (applied as the listener applies them). */
@MicronautTest(transactional = false)
class PairSeatsIT {

    @Inject PairSeatsProjection projection;
    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject Clock clock;

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void aWaitingPairTakesItsSeatsAndAnEndedOneGivesThemBack() {
        UUID mentor = mentor(3);
        EventEnvelope<PairChangedV1> waiting = event("1", mentor, PairStatus.AWAITING_CONFIRMATION, 2);

        apply("1", waiting);
        apply("1", waiting); // redelivered: nothing twice

        assertThat(seats(mentor)).containsEntry("activeAssignments", 2).containsEntry("freeCapacity", 1);
        assertThat(decisions(waiting.payload().pairId())).containsExactly("\"CONFIRMED\"");
        assertVisibleOnlyTo("1", "2", sql, tx, "pair_seat", Map.of("pair_id", waiting.payload().pairId()));

        apply("1", with(waiting, PairStatus.COMPLETED));
        assertThat(seats(mentor)).containsEntry("activeAssignments", 0).containsEntry("freeCapacity", 3);
    }

    @Test
    void twoSchoolsAskingForTheLastSeatAtOnceGetItOnce() throws Exception {
        UUID mentor = mentor(1);
        List<EventEnvelope<PairChangedV1>> asks = new ArrayList<>();
        for (String school : List.of("1", "2", "3", "1", "2")) {
            asks.add(event(school, mentor, PairStatus.AWAITING_CONFIRMATION, 1));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(asks.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (var ask : asks) {
                done.add(pool.submit(() -> {
                    start.await();
                    apply(ask.payload().schoolId(), ask);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        List<String> answers = asks.stream().flatMap(a -> decisions(a.payload().pairId()).stream()).toList();
        assertThat(answers).containsOnlyOnce("\"CONFIRMED\"").hasSize(asks.size());
        assertThat(seats(mentor)).containsEntry("activeAssignments", 1).containsEntry("freeCapacity", 0);
    }

    private void apply(String school, EventEnvelope<PairChangedV1> event) {
        Tenancy.runVoid(Tenant.school(school), () -> projection.apply(event));
    }

    private EventEnvelope<PairChangedV1> event(String school, UUID mentor, PairStatus status, int seats) {
        LocalDate start = LocalDate.now(clock);
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            keys.add(UUID.randomUUID());
        }
        return EventEnvelope.of(PairEvents.CHANGED, school, new PairChangedV1(UUID.randomUUID(), school, mentor,
                "TEACHER_TEACHER", PairFormation.ASSIGNMENT, status, start, start.plusMonths(8), keys, seats, null));
    }

    private static EventEnvelope<PairChangedV1> with(EventEnvelope<PairChangedV1> e, PairStatus status) {
        var p = e.payload();
        return EventEnvelope.of(PairEvents.CHANGED, p.schoolId(), new PairChangedV1(p.pairId(), p.schoolId(), p.mentorId(),
                p.form(), p.formation(), status, p.startsOn(), p.endsOn(), p.menteeKeys(), p.seats(), p.endsOn()));
    }

    private UUID mentor(int capacity) {
        return UUID.fromString(BankFixtures.mentor(http, Map.of("capacity", capacity)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> seats(UUID mentor) {
        return (Map<String, Object>) http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + mentor).header("Authorization", bearer("methodist")),
                Map.class);
    }

    /** The answers the bank sent for the pair, through its outbox. */
    private List<String> decisions(UUID pair) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX)
                .where(OUTBOX.AGGREGATEID.eq(pair.toString()), OUTBOX.TYPE.eq("seats.decided"))
                .fetch(r -> r.value1().data().replaceAll(".*\"decision\":\\s*(\"[A-Z]+\").*", "$1")));
    }
}
