package ru.mentoring.support.inbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class InboxIT {

    @Inject Inbox inbox;
    @Inject TransactionOperations<Connection> transactions;

    private final EventEnvelope<String> event =
            new EventEnvelope<>(UUID.randomUUID(), "note.written", 1, null, Instant.now(), "hello");

    @Test
    void secondDeliveryOfTheSameEventIsRecognised() {
        assertThat(deliver("directory")).isTrue();
        assertThat(deliver("directory")).isFalse();
    }

    @Test
    void eachConsumerKeepsItsOwnMemory() {
        assertThat(deliver("directory")).isTrue();
        assertThat(deliver("statistics")).isTrue();
    }

    @Test
    void failedEffectForgetsTheDeliverySoTheRetryApplies() {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            inbox.firstDelivery("directory", event);
            throw new IllegalStateException("effect failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliver("directory")).isTrue();
    }

    @Test
    void aBatchKeepsOnlyTheEventsNotSeenBeforeEachOnce() {
        var fresh = new EventEnvelope<>(UUID.randomUUID(), "note.written", 1, null, Instant.now(), "again");
        assertThat(deliver("directory")).isTrue();

        List<EventEnvelope<String>> first = transactions.executeWrite(status ->
                inbox.firstDeliveries("directory", List.of(event, fresh, fresh)));
        List<EventEnvelope<String>> second = transactions.executeWrite(status ->
                inbox.firstDeliveries("directory", List.of(event, fresh)));

        assertThat(first).containsExactly(fresh);
        assertThat(second).isEmpty();
    }

    private boolean deliver(String consumer) {
        return transactions.executeWrite(status -> inbox.firstDelivery(consumer, event));
    }
}
