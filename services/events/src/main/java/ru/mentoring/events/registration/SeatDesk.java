package ru.mentoring.events.registration;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for one event's applications. Requests that arrive while the previous batch of the
 * same event is being written queue up, in arrival order, and the next batch decides them all in one
 * transaction: one lock of the event row, one read of who already holds a place, one insert of the
 * applications and one of their outbox rows, one commit. An applicant is answered only after that
 * commit, so nothing answered 201 can be lost; a batch that fails fails every request in it, and
 * nothing of it was written. Different events never wait for each other.
 */
@Singleton
class SeatDesk {

    /** Decides one batch; runs on the desk's own thread, never concurrently for one event. */
    interface Clerk {
        void decide(UUID eventId, List<Ticket> batch);
    }

    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("seat-desk-", 0).factory());
    private final int maxBatch;

    SeatDesk(@Value("${mentoring.events.seat-desk.max-batch:500}") int maxBatch) {
        this.maxBatch = maxBatch;
    }

    CompletableFuture<Registration> submit(UUID eventId, Applicant applicant, Clerk clerk) {
        Ticket ticket = new Ticket(applicant, new CompletableFuture<>());
        Lane lane = lanes.computeIfAbsent(eventId, id -> new Lane());
        lane.queue.add(ticket);
        if (lane.active.compareAndSet(false, true)) {
            workers.execute(() -> drain(eventId, lane, clerk));
        }
        return ticket.result();
    }

    private void drain(UUID eventId, Lane lane, Clerk clerk) {
        while (true) {
            List<Ticket> batch = new ArrayList<>();
            for (Ticket t; batch.size() < maxBatch && (t = lane.queue.poll()) != null; ) {
                batch.add(t);
            }
            if (batch.isEmpty()) {
                lane.active.set(false);
                // a request that queued after the poll and saw the lane still active must not be stranded
                if (lane.queue.isEmpty() || !lane.active.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                clerk.decide(eventId, batch);
            } catch (RuntimeException | Error e) {
                batch.forEach(t -> t.result().completeExceptionally(e));
            }
            // a clerk that forgot a ticket must not leave its applicant waiting for ever (an exception is
            // made only for such a ticket: filling in a stack trace for every decided one cost a burst dearly)
            for (Ticket t : batch) {
                if (!t.result().isDone()) {
                    t.result().completeExceptionally(new IllegalStateException("application not decided"));
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    record Ticket(Applicant applicant, CompletableFuture<Registration> result) {
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Ticket> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean active = new AtomicBoolean();
    }
}
