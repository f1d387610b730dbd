package ru.mentoring.events.registration;

import org.junit.jupiter.api.Test;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.testing.EventMother;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTest {

    private final Instant now = Instant.parse("2030-03-01T09:00:00Z");

    @Test
    void placesGoInArrivalOrderThenTheWaitingListAndNeverOneMore() {
        Placement placement = new Placement(EventMother.seminar(now, 2), Map.of(), Set.of());
        List<Status> decided = List.of("a", "b", "c", "d").stream().map(s -> placement.decide(person(s, "1")).status()).toList();
        assertThat(decided).containsExactly(Status.REGISTERED, Status.REGISTERED, Status.WAITLISTED, Status.WAITLISTED);
    }

    @Test
    void aDuplicateInTheSameBatchOrAlreadyHoldingAPlaceIsAConflict() {
        Placement placement = new Placement(EventMother.seminar(now, 5), Map.of(), Set.of("user:held"));
        assertThat(placement.decide(person("held", "1")).conflict()).isTrue();
        assertThat(placement.decide(person("new", "1")).status()).isEqualTo(Status.REGISTERED);
        assertThat(placement.decide(person("new", "1")).conflict()).isTrue();
    }

    @Test
    void aSchoolAtItsCapIsRefusedWhileOthersStillGetPlaces() {
        Placement placement = new Placement(EventMother.capped(now, 10, 2, 2), Map.of("1", 2), Set.of());
        var refused = placement.decide(person("x", "1"));
        assertThat(refused.status()).isNull();
        assertThat(refused.refusal()).isEqualTo("Места для вашей школы закончились: организатор выделил школе 2 места");
        assertThat(placement.decide(person("y", "2")).status()).isEqualTo(Status.REGISTERED);
    }

    @Test
    void promotionSkipsWaitersOfSchoolsAtTheirCapButKeepsTheirTurn() {
        Event event = EventMother.capped(now, 3, 1, 2);
        var waiting = List.of(waiter(1, "1"), waiter(2, "1"), waiter(3, "3"));
        List<Registration> promoted = new Placement(event, Map.of("1", 1, "2", 1), Set.of()).promotions(waiting);
        assertThat(promoted).extracting(Registration::seq).containsExactly(3L);
    }

    private static Applicant person(String subject, String school) {
        return new Applicant(Mode.SELF, subject, subject, "", Set.of("mentor"), school, null, null, null, Map.of());
    }

    private static Registration waiter(long seq, String school) {
        return new Registration(UUID.randomUUID(), seq, UUID.randomUUID(), "user:" + seq, Mode.SELF, "s" + seq, "n", "", "n",
                null, school, null, List.of(), Map.of(), Status.WAITLISTED, "CODE" + seq, null, Instant.EPOCH);
    }
}
