package ru.mentoring.support.outbox;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;
import ru.mentoring.support.tx.Transactions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/**
 * An event the broker can never take (larger than a record may be) is parked after the configured
 * three attempts; other aggregates flow past it meanwhile, later events of its own aggregate wait
 * behind it, health reports it, and an operator's resend delivers both in order once the cause is fixed.
 */
@MicronautTest(transactional = false)
class OutboxParkingIT {

    private final String goodTopic = "support-test.parking." + UUID.randomUUID();
    private final EventType good = new EventType("note.written", 1, goodTopic);
    /** Larger than the producer's 1 MB request limit: refused before it leaves, every time. */
    private static final String OVERSIZED = "x".repeat(1_200_000);

    @Inject Outbox outbox;
    @Inject OutboxRelay relay;
    @Inject OutboxRepository repository;
    @Inject Transactions tx;
    @Inject DSLContext sql;
    @Inject @Client("/") HttpClient http;

    @Test
    void aRefusedEventIsParkedWithoutHoldingBackOthersAndAnOperatorResendsIt() {
        String stuck = "stuck-" + UUID.randomUUID();
        UUID poison = append(stuck, good, "first of the stuck aggregate " + OVERSIZED);
        UUID other = append("other-" + UUID.randomUUID(), good, "another aggregate");
        UUID behind = append(stuck, good, "second of the stuck aggregate");

        assertThat(OutboxIT.consume(goodTopic, 1)).extracting(ConsumerRecord::value)
                .singleElement().asString().contains("another aggregate");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            relay.publishPending();
            return parkedAt(poison) != null;
        });
        assertThat(publishedAt(other)).isNotNull();
        assertThat(publishedAt(behind)).as("a later event of a parked aggregate waits behind it").isNull();
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertThat(String.valueOf(health)).contains("outbox").contains("parked");
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"), String.class);
        assertThat(metrics).containsPattern("outbox_parked\\S* [1-9]");

        // the operator fixes the cause (here: the oversized payload) and sends the parked events again
        tx.write(() -> sql.update(OUTBOX)
                .set(OUTBOX.PAYLOAD, org.jooq.JSONB.valueOf("{\"type\": \"note.written\", \"version\": 1, "
                        + "\"eventId\": \"" + poison + "\", \"payload\": \"first of the stuck aggregate\", "
                        + "\"occurredAt\": \"2026-01-01T00:00:00Z\"}"))
                .where(OUTBOX.ID.eq(poison)).execute());
        Map<?, ?> resent = http.toBlocking().retrieve(HttpRequest.POST("/outbox/parked/resend", "{}"), Map.class);
        assertThat((Integer) resent.get("resent")).isGreaterThanOrEqualTo(1);

        List<ConsumerRecord<String, String>> records = OutboxIT.consume(goodTopic, 3);
        assertThat(records).extracting(ConsumerRecord::value).filteredOn(v -> v.contains("stuck aggregate"))
                .satisfiesExactly(first -> assertThat(first).contains("first of the stuck aggregate"),
                        second -> assertThat(second).contains("second of the stuck aggregate"));
    }

    private UUID append(String aggregate, EventType type, String text) {
        return tx.write(() -> outbox.append("note", aggregate, type, EventEnvelope.of(type, null, text)).eventId());
    }

    private Object parkedAt(UUID id) {
        return tx.read(() -> sql.select(OUTBOX.PARKED_AT).from(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOne(OUTBOX.PARKED_AT));
    }

    private Object publishedAt(UUID id) {
        return tx.read(() -> sql.select(OUTBOX.PUBLISHED_AT).from(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOne(OUTBOX.PUBLISHED_AT));
    }
}
