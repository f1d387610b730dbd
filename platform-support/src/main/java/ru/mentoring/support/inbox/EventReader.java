package ru.mentoring.support.inbox;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a Kafka record into an envelope of a known contract version. A record without an event
 * id, or of a version this consumer does not understand, is rejected loudly instead of guessed at.
 */
@Singleton
public class EventReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventReader.class);

    private final ObjectMapper json;

    EventReader(ObjectMapper json) {
        this.json = json;
    }

    public <T> EventEnvelope<T> read(ConsumerRecord<String, String> record, Class<T> payloadType) {
        if (header(record, EventHeaders.EVENT_ID).isEmpty()) {
            throw new UnreadableEventException("record without an event id at " + where(record));
        }
        try {
            EventEnvelope<T> event = json.readValue(record.value(), envelopeOf(payloadType));
            if (event == null) {
                throw new UnreadableEventException("empty record at " + where(record));
            }
            // the header bound the tenant before this parse; an envelope that disagrees is not applied
            String headerSchool = header(record, EventHeaders.SCHOOL_ID).orElse(null);
            if (!java.util.Objects.equals(headerSchool, event.schoolId())) {
                throw new UnreadableEventException("school header " + headerSchool + " differs from the envelope's "
                        + event.schoolId() + " at " + where(record));
            }
            return event;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableEventException u) {
                throw u;
            }
            throw new UnreadableEventException("unreadable event at " + where(record) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The record's envelope when it carries one of the given contract versions; otherwise nothing, said in the
     * log (a newer version than this consumer reads waits for its upgrade instead of being misread). A record
     * that cannot be read (no event id, a broken envelope, a school header that disagrees with it) is logged
     * as an error and passed over; a failure to apply a readable event is still retried.
     */
    public <T> Optional<EventEnvelope<T>> readIf(ConsumerRecord<String, String> record, Class<T> payloadType,
                                                 EventType... types) {
        if (!isOneOf(record, types)) {
            LOG.warn("skipping {} v{} at {}: not a version this consumer reads", header(record, EventHeaders.EVENT_TYPE)
                    .orElse("?"), header(record, EventHeaders.EVENT_VERSION).orElse("?"), where(record));
            return Optional.empty();
        }
        try {
            return Optional.of(read(record, payloadType));
        } catch (UnreadableEventException e) {
            // it will never read better: retrying would only hold back every later record of its partition
            LOG.error("skipping an unreadable event (it stays in the topic for an operator): {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** {@link #readIf} for each record of a poll, in order: the events a batch listener applies. */
    public <T> List<EventEnvelope<T>> readAllIf(ConsumerRecords<String, String> records, Class<T> payloadType,
                                                EventType... types) {
        List<EventEnvelope<T>> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            readIf(record, payloadType, types).ifPresent(events::add);
        }
        return events;
    }

    /** True when the record carries one of the given contract versions (by type name and version). */
    public boolean isOneOf(ConsumerRecord<String, String> record, EventType... types) {
        String type = header(record, EventHeaders.EVENT_TYPE).orElse("");
        String version = header(record, EventHeaders.EVENT_VERSION).orElse("");
        for (EventType known : types) {
            if (known.name().equals(type) && Integer.toString(known.version()).equals(version)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Argument<EventEnvelope<T>> envelopeOf(Class<T> payloadType) {
        return (Argument) Argument.of(EventEnvelope.class, payloadType);
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
