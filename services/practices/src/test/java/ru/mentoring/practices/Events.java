package ru.mentoring.practices;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.model.event.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Publishes events as the school and events services will: the envelope as JSON, the headers their
 * outbox relays set, on the test run's prefixed topic.
 */
final class Events implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private final String prefix = System.getenv().getOrDefault("KAFKA_TOPIC_PREFIX", "test.");

    void send(EventType type, String key, EventEnvelope<?> event) {
        try {
            var record = new ProducerRecord<>(prefix + type.topic(), key, ObjectMapper.getDefault().writeValueAsString(event));
            record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_VERSION, Integer.toString(event.version()).getBytes(StandardCharsets.UTF_8));
            if (event.schoolId() != null) {
                record.headers().add(EventHeaders.SCHOOL_ID, event.schoolId().getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
