package ru.mentoring.model.registration;

/** Where one person stands on one event's list. A promotion is a change from WAITLISTED to REGISTERED. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
