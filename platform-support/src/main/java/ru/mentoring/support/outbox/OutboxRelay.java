package ru.mentoring.support.outbox;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.event.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes pending outbox rows in the order they were written and marks a row only after the
 * broker acknowledged it. A failure stops the batch at that row, so later rows for the same
 * aggregate never overtake it; the next run retries. A crash between ack and mark re-sends the
 * row with the same event id, which consumers' inboxes absorb.
 */
@Singleton
@Requires(property = "outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final Producer<String, String> producer;
    private final int batchSize;

    OutboxRelay(OutboxRepository repository,
                @KafkaClient("outbox") Producer<String, String> producer,
                @Value("${outbox.relay.batch-size:200}") int batchSize) {
        this.repository = repository;
        this.producer = producer;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${outbox.relay.interval:200ms}", initialDelay = "1s")
    void relay() {
        try {
            while (publishBatch() == batchSize) {
                LOG.debug("outbox batch full, publishing the next one at once");
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox relay will retry: {}", e.getMessage());
        }
    }

    /** @return how many rows were published */
    @Transactional
    public int publishBatch() {
        List<OutboxMessage> pending = repository.lockPending(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (OutboxMessage message : pending) {
            try {
                acks.add(producer.send(toRecord(message)));
            } catch (RuntimeException e) {
                LOG.warn("could not hand outbox event {} to the producer: {}", message.id(), e.toString());
                break;
            }
        }
        List<UUID> published = new ArrayList<>(pending.size());
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                published.add(pending.get(i).id());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn("broker did not acknowledge outbox event {} ({}); will retry", pending.get(i).id(), e.toString());
                repository.markFailed(pending.get(i).id(), e.toString());
                break;
            }
        }
        if (!published.isEmpty()) {
            repository.markPublished(published);
        }
        return published.size();
    }

    private static ProducerRecord<String, String> toRecord(OutboxMessage message) {
        var record = new ProducerRecord<>(message.topic(), message.aggregateId(), message.payload());
        record.headers().add(EventHeaders.EVENT_ID, bytes(message.id().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(message.type()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(Integer.toString(message.version())));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
