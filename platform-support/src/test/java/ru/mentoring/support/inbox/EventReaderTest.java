package ru.mentoring.support.inbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a consumer is handed: the versions it reads; never a record it cannot read, which would block its partition. */
class EventReaderTest {

    private static final EventType SEEN = new EventType("thing.seen", 1, "things.v1");
    private static final EventType SEEN_V2 = new EventType("thing.seen", 2, "things.v1");

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final EventReader reader = new EventReader(json);

    @Serdeable
    record Thing(String name) {
    }

    @Test
    void aKnownVersionIsReadWithItsSchool() throws IOException {
        var event = EventEnvelope.of(SEEN, "1", new Thing("первая"));

        var read = reader.readIf(record(event, SEEN, "1", true), Thing.class, SEEN);

        assertThat(read).hasValueSatisfying(e -> {
            assertThat(e.payload().name()).isEqualTo("первая");
            assertThat(e.schoolId()).isEqualTo("1");
        });
    }

    @Test
    void aVersionTheConsumerDoesNotKnowIsPassedOver() throws IOException {
        var event = EventEnvelope.of(SEEN_V2, "1", new Thing("новая"));

        assertThat(reader.readIf(record(event, SEEN_V2, "1", true), Thing.class, SEEN)).isEmpty();
    }

    @Test
    void aPollIsReadInOrderWithoutWhatCannotBeRead() throws IOException {
        var first = EventEnvelope.of(SEEN, "1", new Thing("первая"));
        var unknown = EventEnvelope.of(SEEN_V2, "1", new Thing("новая"));
        var second = EventEnvelope.of(SEEN, "1", new Thing("вторая"));
        var poll = new ConsumerRecords<>(Map.of(new TopicPartition("things.v1", 0), List.of(
                record(first, SEEN, "1", true), record(unknown, SEEN_V2, "1", true), record(second, SEEN, "1", true))));

        assertThat(reader.readAllIf(poll, Thing.class, SEEN)).extracting(e -> e.payload().name())
                .containsExactly("первая", "вторая");
    }

    @Test
    void recordsThatCanNeverBeReadArePassedOverInsteadOfRetried() throws IOException {
        var event = EventEnvelope.of(SEEN, "1", new Thing("старая"));

        assertThat(reader.readIf(record(event, SEEN, null, true), Thing.class, SEEN)).as("no school header").isEmpty();
        assertThat(reader.readIf(record(event, SEEN, "2", true), Thing.class, SEEN)).as("another school's header").isEmpty();
        assertThat(reader.readIf(record(event, SEEN, "1", false), Thing.class, SEEN)).as("no event id").isEmpty();
        var broken = new ConsumerRecord<>("things.v1", 0, 7L, "key", "{not json");
        header(broken, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(broken, EventHeaders.EVENT_TYPE, SEEN.name());
        header(broken, EventHeaders.EVENT_VERSION, "1");
        assertThat(reader.readIf(broken, Thing.class, SEEN)).as("not JSON").isEmpty();
    }

    private ConsumerRecord<String, String> record(EventEnvelope<Thing> event, EventType type, String school,
                                                  boolean withId) throws IOException {
        var record = new ConsumerRecord<>("things.v1", 0, 1L, "key", json.writeValueAsString(event));
        if (withId) {
            header(record, EventHeaders.EVENT_ID, event.eventId().toString());
        }
        header(record, EventHeaders.EVENT_TYPE, type.name());
        header(record, EventHeaders.EVENT_VERSION, Integer.toString(type.version()));
        if (school != null) {
            header(record, EventHeaders.SCHOOL_ID, school);
        }
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
