package ru.mentoring.model.pair;

/**
 * Where a pair stands. A pair chosen by its mentee first waits for the mentor's yes
 * ({@code AWAITING_MENTOR}); every pair then waits for the mentor bank to hold the mentor's seats
 * ({@code AWAITING_CONFIRMATION}) and becomes {@code ACTIVE} or {@code REFUSED}; it ends
 * {@code COMPLETED} or, early, {@code TERMINATED}.
 */
public enum PairStatus {
    AWAITING_MENTOR,
    AWAITING_CONFIRMATION,
    ACTIVE,
    REFUSED,
    COMPLETED,
    TERMINATED;

    /** Holding (or about to hold) the mentor's seats. */
    public boolean holdsSeats() {
        return this == AWAITING_CONFIRMATION || this == ACTIVE;
    }

    public boolean ended() {
        return this == REFUSED || this == COMPLETED || this == TERMINATED;
    }
}
