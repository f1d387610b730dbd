package ru.mentoring.support.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.EventType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Against the real PostgreSQL and Kafka the scripts start. */
@MicronautTest(transactional = false)
class OutboxIT {

    private final String topic = "support-test.note." + UUID.randomUUID();
    private final EventType noteWritten = new EventType("note.written", 1, topic);

    @Inject Outbox outbox;
    @Inject OutboxRepository repository;
    @Inject TransactionOperations<Connection> transactions;
    @Inject JdbcOperations jdbc;
    @Inject ObjectMapper json;

    @Test
    void committedEventReachesTheBrokerInOrderWithItsHeaders() throws Exception {
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "note " + i;
            written.add(transactions.executeWrite(status -> {
                UUID id = UUID.randomUUID();
                jdbc.prepareStatement("insert into note (id, text) values (?, ?)", st -> {
                    st.setObject(1, id);
                    st.setString(2, text);
                    return st.executeUpdate();
                });
                return outbox.append("note", "same-key", noteWritten, EventEnvelope.of(noteWritten, "1", text)).eventId();
            }));
        }

        List<ConsumerRecord<String, String>> received = consumeAtLeast(3);

        assertThat(received).extracting(r -> header(r, EventHeaders.EVENT_ID))
                .containsExactlyElementsOf(written.stream().map(UUID::toString).toList());
        assertThat(received).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("same-key");
            assertThat(header(r, EventHeaders.EVENT_TYPE)).isEqualTo("note.written");
            assertThat(header(r, EventHeaders.EVENT_VERSION)).isEqualTo("1");
        });
        EventEnvelope<?> last = json.readValue(received.get(2).value(), EventEnvelope.class);
        assertThat(last.payload()).isEqualTo("note 2");
        assertThat(last.schoolId()).isEqualTo("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(written) == 0);
    }

    @Test
    void rolledBackChangeLeavesNoEvent() {
        UUID eventId = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            outbox.append("note", "k", noteWritten,
                    new EventEnvelope<>(eventId, "note.written", 1, null, java.time.Instant.now(), "lost"));
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        Long rows = transactions.executeRead(status -> jdbc.prepareStatement("select count(*) from outbox where id = ?", st -> {
            st.setObject(1, eventId);
            var rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }));
        assertThat(rows).isZero();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append("note", "k", noteWritten, EventEnvelope.of(noteWritten, null, "x")))
                .isInstanceOf(RuntimeException.class);
    }

    private long pendingFor(List<UUID> ids) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "select count(*) from outbox where published_at is null and id = any(?)", st -> {
                    st.setArray(1, st.getConnection().createArrayOf("uuid", ids.toArray()));
                    var rs = st.executeQuery();
                    rs.next();
                    return rs.getLong(1);
                }));
    }

    private List<ConsumerRecord<String, String>> consumeAtLeast(int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.size() >= count;
            });
        }
        return received;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
