package ru.mentoring.support.outbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.EventType;
import ru.mentoring.support.kafka.Topics;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/**
 * Against the real PostgreSQL and Kafka the scripts start. The relay polls only once an hour here,
 * so every event that arrives was sent because its transaction's commit woke the relay.
 */
@MicronautTest(transactional = false)
class OutboxIT {

    private final String topic = "support-test.note." + UUID.randomUUID();
    private final EventType noteWritten = new EventType("note.written", 1, topic);

    @Inject Outbox outbox;
    @Inject Transactions tx;
    @Inject DSLContext sql;
    @Inject ObjectMapper json;
    @Inject Topics topics;

    @Test
    void committedEventsReachTheBrokerAtOnceInOrderWithTheirHeaders() throws Exception {
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "note " + i;
            written.add(tx.write(() -> outbox.append("note", "same-key", noteWritten,
                    EventEnvelope.of(noteWritten, "1", text)).eventId()));
        }

        List<ConsumerRecord<String, String>> received = consume(topic, 3);

        assertThat(received).extracting(r -> header(r, EventHeaders.EVENT_ID))
                .containsExactlyElementsOf(written.stream().map(UUID::toString).toList());
        assertThat(received).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("same-key");
            assertThat(r.topic()).isEqualTo(topics.name(topic));
            assertThat(header(r, EventHeaders.EVENT_TYPE)).isEqualTo("note.written");
            assertThat(header(r, EventHeaders.EVENT_VERSION)).isEqualTo("1");
            assertThat(header(r, EventHeaders.SCHOOL_ID)).isEqualTo("1");
        });
        EventEnvelope<?> last = json.readValue(received.get(2).value(), EventEnvelope.class);
        assertThat(last.payload()).isEqualTo("note 2");
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(written) == 0);
    }

    @Test
    void rolledBackChangeLeavesNoEvent() {
        UUID eventId = UUID.randomUUID();
        assertThatThrownBy(() -> tx.write(() -> {
            outbox.append("note", "k", noteWritten,
                    new EventEnvelope<>(eventId, "note.written", 1, null, java.time.Instant.EPOCH, "lost"));
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx.read(() -> sql.fetchCount(OUTBOX, OUTBOX.ID.eq(eventId)))).isZero();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append("note", "k", noteWritten, EventEnvelope.of(noteWritten, null, "x")))
                .isInstanceOf(RuntimeException.class);
    }

    private long pending(List<UUID> ids) {
        return tx.read(() -> sql.fetchCount(OUTBOX, OUTBOX.ID.in(ids).and(OUTBOX.PUBLISHED_AT.isNull())));
    }

    static List<ConsumerRecord<String, String>> consume(String topic, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        String prefixed = System.getenv().getOrDefault("KAFKA_TOPIC_PREFIX", "test.") + topic;
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(prefixed));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.size() >= count;
            });
        }
        return received;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
