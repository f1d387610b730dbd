package ru.mentoring.support.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends queued mail the moment the transaction that queued it commits ({@link MailSignal}), and
 * otherwise every {@code mentoring.mail.interval}. A message is marked sent only after the SMTP
 * server accepted it; while the server is away every message waits, retried with a growing pause,
 * and none is dropped. A crash between acceptance and marking can send one message twice — for a
 * notice, better than never.
 */
@Singleton
@Requires(property = "mentoring.mail.enabled", value = "true")
public class MailRelay implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 50;

    private final MailRepository repository;
    private final MailSender sender;
    private final MailSignal signal;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;
    private final int ratePerSecond;
    private volatile boolean running = true;
    private Thread worker;
    private long lastPurge;

    MailRelay(MailRepository repository, MailSender sender, MailSignal signal,
              TransactionOperations<Connection> transactions, Clock clock,
              @Value("${mentoring.mail.interval:2s}") Duration interval,
              @Value("${mentoring.mail.retention:30d}") Duration retention,
              @Value("${mentoring.mail.rate:100}") int ratePerSecond) {
        this.repository = repository;
        this.sender = sender;
        this.signal = signal;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
        this.retention = retention;
        this.ratePerSecond = Math.max(1, ratePerSecond);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        lastPurge = System.nanoTime();
        worker = Thread.ofPlatform().name("mail-relay").daemon().start(this::loop);
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
                int sent;
                do {
                    long started = System.nanoTime();
                    sent = sendBatch();
                    keepToRate(sent, started);
                } while (running && sent == BATCH);
                purgeOccasionally();
                signal.await(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("mail relay will retry: {}", e.toString());
                pause();
            }
        }
    }

    /** Sends what is due now; @return how many messages were handled (sent or postponed). */
    public int sendBatch() {
        return transactions.executeWrite(status -> {
            List<MailRepository.QueuedMail> due = repository.due(BATCH);
            if (due.isEmpty()) {
                return 0;
            }
            Transport transport;
            try {
                transport = sender.connect();
            } catch (MessagingException e) {
                LOG.warn("SMTP server unreachable, {} message(s) wait: {}", due.size(), e.toString());
                due.forEach(m -> repository.markFailed(m.id(), m.attempts(), "SMTP недоступен: " + e.getMessage()));
                return 0;
            }
            java.util.List<java.util.UUID> sent = new java.util.ArrayList<>(due.size());
            try (transport) {
                for (MailRepository.QueuedMail queued : due) {
                    try {
                        sender.send(transport, queued.mail(), Date.from(clock.instant()));
                        sent.add(queued.id());
                    } catch (MessagingException e) {
                        LOG.warn("mail {} to {} not accepted: {}", queued.id(), queued.mail().to(), e.toString());
                        repository.markFailed(queued.id(), queued.attempts(), e.toString());
                    }
                }
            } catch (MessagingException e) {
                LOG.debug("closing the SMTP connection failed: {}", e.toString());
            }
            repository.markSent(sent);
            return due.size();
        });
    }

    /**
     * At most {@code mentoring.mail.rate} messages a second: mail may arrive a few seconds later, and a
     * burst of confirmations must not take the machine from the requests that caused them.
     */
    private void keepToRate(int sent, long startedNanos) throws InterruptedException {
        long due = sent * 1_000_000_000L / ratePerSecond;
        long spent = System.nanoTime() - startedNanos;
        if (due > spent) {
            Thread.sleep((due - spent) / 1_000_000L);
        }
    }

    private void purgeOccasionally() {
        long now = System.nanoTime();
        if (now - lastPurge > TimeUnit.HOURS.toNanos(1)) {
            lastPurge = now;
            repository.purgeSentBefore(retention);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(interval.toMillis(), 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
