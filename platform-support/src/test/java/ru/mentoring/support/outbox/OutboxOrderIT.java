package ru.mentoring.support.outbox;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;
import ru.mentoring.support.kafka.Topics;
import ru.mentoring.support.tx.Transactions;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two relays (the service's own and a second one, as a second instance of the service would run)
 * publish the same outbox concurrently: every aggregate's events still arrive exactly in the order
 * they were written, and none is lost.
 */
@MicronautTest(transactional = false)
class OutboxOrderIT {

    private static final int AGGREGATES = 8;
    private static final int EVENTS_EACH = 25;

    private final String topic = "support-test.order." + UUID.randomUUID();
    private final EventType counted = new EventType("note.counted", 1, topic);

    @Inject Outbox outbox;
    @Inject OutboxRepository repository;
    @Inject @KafkaClient("outbox") Producer<String, String> producer;
    @Inject TransactionOperations<Connection> transactions;
    @Inject OutboxSignal signal;
    @Inject Topics topics;
    @Inject Transactions tx;

    @Test
    void twoRelaysKeepEachAggregatesOrder() throws Exception {
        var second = new OutboxRelay(repository, producer, transactions, new OutboxSignal(), topics, 7, 10,
                Duration.ofHours(1), Duration.ofDays(7), Duration.ZERO);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread competitor = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                second.publishPending();
            }
            second.publishPending();
        });
        for (int n = 0; n < EVENTS_EACH; n++) {
            for (int a = 0; a < AGGREGATES; a++) {
                String aggregate = "aggregate-" + a;
                String text = aggregate + "#" + n;
                tx.write(() -> outbox.append("note", aggregate, counted, EventEnvelope.of(counted, null, text)));
            }
        }
        writing.set(false);
        competitor.join();
        signal.raise();

        List<ConsumerRecord<String, String>> records = OutboxIT.consume(topic, AGGREGATES * EVENTS_EACH);

        Map<String, List<Integer>> sequences = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String payload = record.value();
            int hash = payload.indexOf('#');
            int number = Integer.parseInt(payload.substring(hash + 1, payload.indexOf('"', hash)));
            sequences.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(number);
        }
        assertThat(sequences).hasSize(AGGREGATES);
        List<Integer> expected = java.util.stream.IntStream.range(0, EVENTS_EACH).boxed().toList();
        sequences.forEach((aggregate, numbers) ->
                assertThat(numbers).as("events of " + aggregate + " in the order written, none lost, none twice")
                        .containsExactlyElementsOf(expected));
    }
}
