package ru.mentoring.practices.consent;

/** A school withdrew a distribution consent: every published practice naming it must come down. */
public record ConsentWithdrawn(String schoolId, String consentRef) {
}
