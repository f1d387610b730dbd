package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.registration.RegistrationStatus;

/**
 * Where one application stands. PENDING waits for the organiser and holds no place; only REGISTERED
 * holds one. The contract (registration.changed) carries the place-holding states only.
 */
public enum Status {
    PENDING("На рассмотрении"),
    REGISTERED("Зарегистрирован"),
    WAITLISTED("В листе ожидания"),
    CANCELLED("Отменена"),
    REJECTED("Отклонена");

    private final String title;

    Status(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    boolean live() {
        return this == PENDING || this == REGISTERED || this == WAITLISTED;
    }

    /** The contract's status, or null for a change other services need not count (a pending application). */
    @Nullable
    RegistrationStatus contract() {
        return switch (this) {
            case REGISTERED -> RegistrationStatus.REGISTERED;
            case WAITLISTED -> RegistrationStatus.WAITLISTED;
            case CANCELLED, REJECTED -> RegistrationStatus.CANCELLED;
            case PENDING -> null;
        };
    }
}
