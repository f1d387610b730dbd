package ru.mentoring.support.outbox;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.event.EventHeaders;
import ru.mentoring.support.kafka.Topics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows the moment their transaction commits ({@link OutboxSignal}), and otherwise
 * every {@code outbox.relay.interval} as a fallback. Rows are sent oldest first within the buckets
 * this instance holds ({@link OutboxRepository#lockFreeBuckets()}), and marked only after the
 * broker acknowledged them: a crash in between re-sends a row with the same event id, which
 * consumers' inboxes absorb.
 *
 * <p>A row the broker refuses is retried on the next pass while the later rows of the same aggregate
 * wait behind it; after {@code outbox.relay.max-attempts} refusals it is parked. Other aggregates are
 * never held back. Parked rows show in health and metrics and are sent again by an operator
 * ({@code POST /outbox/parked/resend}).
 */
@Singleton
@Requires(property = "outbox.relay.enabled", notEquals = "false")
public class OutboxRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final Producer<String, String> producer;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSignal signal;
    private final Topics topics;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration interval;
    private final Duration retention;
    private final long gatherNanos;
    private volatile boolean running = true;
    private Thread worker;
    private long lastPurge;

    OutboxRelay(OutboxRepository repository, @KafkaClient("outbox") Producer<String, String> producer,
                TransactionOperations<Connection> transactions, OutboxSignal signal, Topics topics,
                @Value("${outbox.relay.batch-size:200}") int batchSize,
                @Value("${outbox.relay.max-attempts:10}") int maxAttempts,
                @Value("${outbox.relay.interval:1s}") Duration interval,
                @Value("${outbox.relay.retention:7d}") Duration retention,
                @Value("${outbox.relay.gather:0s}") Duration gather) {
        this.repository = repository;
        this.producer = producer;
        this.transactions = transactions;
        this.signal = signal;
        this.topics = topics;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.interval = interval;
        this.retention = retention;
        this.gatherNanos = gather.toNanos();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        lastPurge = System.nanoTime() - TimeUnit.HOURS.toNanos(2);
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        signal.raise();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void loop() {
        while (running) {
            try {
                long passStarted = System.nanoTime();
                publishPending();
                purgeOccasionally();
                signal.await(interval.toMillis());
                gatherAfter(passStarted);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database or the broker is away: the rows are durable, the next pass retries
                LOG.warn("outbox relay will retry: {}", e.toString());
                pause();
            }
        }
    }

    /** Publishes until nothing this instance may send is left. */
    public void publishPending() {
        while (running && publishBatch() == batchSize) {
            LOG.debug("outbox batch full, publishing the next one at once");
        }
    }

    /** @return how many rows were published */
    int publishBatch() {
        return transactions.executeWrite(status -> {
            List<Short> buckets = repository.lockFreeBuckets();
            if (buckets.isEmpty()) {
                return 0;
            }
            List<OutboxMessage> pending = repository.pending(buckets, batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            Set<String> blocked = new HashSet<>();
            List<OutboxMessage> sent = new ArrayList<>(pending.size());
            List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
            for (OutboxMessage message : pending) {
                if (blocked.contains(message.aggregateKey())) {
                    continue;
                }
                try {
                    Future<RecordMetadata> ack = producer.send(toRecord(message));
                    if (refusedAtOnce(ack)) {
                        // refused before it left (too large, say): the later events of its aggregate must not
                        // leave either, or they would overtake it
                        ack.get();
                    }
                    acks.add(ack);
                    sent.add(message);
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    if (isOutage(e)) {
                        LOG.warn("broker unavailable, outbox waits: {}", e.toString());
                        break;
                    }
                    failed(message, e, blocked);
                }
            }
            List<UUID> published = new ArrayList<>(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                OutboxMessage message = sent.get(i);
                if (blocked.contains(message.aggregateKey())) {
                    // an earlier event of this aggregate failed in this pass: this one was already in
                    // flight, so it is out; it is marked so it is not sent twice
                    LOG.warn("outbox event {} went out before an earlier event of {} that failed", message.id(),
                            message.aggregateKey());
                }
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    published.add(message.id());
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    if (isOutage(e)) {
                        // not this row's fault: it stays pending, with no attempt counted against it
                        LOG.warn("broker did not acknowledge outbox event {} ({}); will retry", message.id(), e.toString());
                        blocked.add(message.aggregateKey());
                    } else {
                        failed(message, e, blocked);
                    }
                }
            }
            if (!published.isEmpty()) {
                repository.markPublished(published);
            }
            return published.size();
        });
    }

    private static boolean refusedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    /**
     * An outage (broker away, leader moving, a timeout) is retried for as long as it lasts and never
     * parks a row; only an error that belongs to the row itself (too large, refused topic) counts.
     */
    private static boolean isOutage(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.ExecutionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof org.apache.kafka.common.errors.RetriableException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof InterruptedException;
    }

    /** A refusal that belongs to this row: counted, and parked after {@code maxAttempts}. */
    private void failed(OutboxMessage message, Exception error, Set<String> blocked) {
        boolean park = message.attempts() + 1 >= maxAttempts;
        String text = error.getCause() != null ? error.getCause().toString() : error.toString();
        if (park) {
            LOG.error("outbox event {} ({} of {}) parked after {} attempts: {}", message.id(), message.type(),
                    message.aggregateKey(), message.attempts() + 1, text);
        } else {
            LOG.warn("broker refused outbox event {} ({}); will retry: {}", message.id(), message.aggregateKey(), text);
        }
        repository.markFailed(message.id(), text, park);
        blocked.add(message.aggregateKey());
    }

    private void purgeOccasionally() {
        long now = System.nanoTime();
        if (now - lastPurge > TimeUnit.HOURS.toNanos(1)) {
            lastPurge = now;
            int removed = repository.purgePublishedBefore(retention);
            if (removed > 0) {
                LOG.info("outbox: removed {} events published more than {} ago", removed, retention);
            }
        }
    }

    /**
     * With {@code outbox.relay.gather} set, a commit right after a pass waits until that long after the pass
     * began, so the commits of a busy moment go out in one pass instead of one pass each (each pass is a
     * transaction and a round trip to the broker).
     */
    private void gatherAfter(long passStarted) throws InterruptedException {
        long left = gatherNanos - (System.nanoTime() - passStarted);
        if (left > 0 && running) {
            TimeUnit.NANOSECONDS.sleep(left);
            signal.drain(); // the commits of the pause go out in the pass that follows, not in a pass each after it
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(interval.toMillis(), 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        var record = new ProducerRecord<>(topics.name(message.topic()), message.aggregateId(), message.payload());
        record.headers().add(EventHeaders.EVENT_ID, bytes(message.id().toString()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(message.type()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(Integer.toString(message.version())));
        if (message.schoolId() != null) {
            record.headers().add(EventHeaders.SCHOOL_ID, bytes(message.schoolId()));
        }
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
