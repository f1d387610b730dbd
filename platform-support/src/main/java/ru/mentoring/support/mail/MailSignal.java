package ru.mentoring.support.mail;

import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Raised when a transaction that queued mail commits; the relay waits on it instead of a fixed sleep. */
@Singleton
class MailSignal {

    private final Semaphore raised = new Semaphore(0);

    void raise() {
        raised.release();
    }

    void await(long timeoutMillis) throws InterruptedException {
        raised.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        raised.drainPermits();
    }
}
