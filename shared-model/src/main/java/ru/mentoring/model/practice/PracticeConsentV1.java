package ru.mentoring.model.practice;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Version 1 of the school's word to the practice library about one distribution consent
 * (согласие на распространение персональных данных, 152-ФЗ ст. 10.1) referenced by a proposal:
 * it is on record, or it was withdrawn. It carries no name and no personal data at all — only the
 * school's opaque reference of the consent record. The library publishes a practice only while every
 * consent it references is on record, and takes a published practice down when one is withdrawn.
 * Within version 1 only optional fields may be added.
 *
 * @param consentRef the school's id of the consent record, as in {@link PracticeProposalV1.ConsentedParticipant}
 * @param changedAt  when the school recorded this status
 */
@Serdeable
public record PracticeConsentV1(String consentRef, String schoolId, PracticeConsentStatus status, Instant changedAt) {
}
