package ru.mentoring.support.outbox;

import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Raised after a transaction with outbox rows commits; the relay waits on it instead of sleeping a fixed time. */
@Singleton
public class OutboxSignal {

    private final Semaphore raised = new Semaphore(0);

    public void raise() {
        raised.release();
    }

    /** Consumes the raises so far: the pass about to start reads every row they announced. */
    void drain() {
        raised.drainPermits();
    }

    /** @return true when raised before the timeout; every raise before the return is consumed */
    boolean await(long timeoutMillis) throws InterruptedException {
        boolean woken = raised.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        raised.drainPermits();
        return woken;
    }
}
