package ru.mentoring.support.inbox;

/** A record that breaks the contract: it is logged and skipped by the listener, never half-applied. */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
