package ru.mentoring.model.practice;

/** The state of a distribution consent as the school records it. */
public enum PracticeConsentStatus {
    ON_RECORD,
    WITHDRAWN
}
