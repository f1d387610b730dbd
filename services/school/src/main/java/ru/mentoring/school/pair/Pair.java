package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentoring pair or group of the school: one mentor (of this school, another school or the
 * municipal bank), one or more mentees, a form, a term and a status. For teacher pairs the labour-law
 * consent (ТК ст. 351.8) and the additional agreement are a checklist step.
 */
@MappedEntity("pair")
public record Pair(
        @Id UUID id,
        String schoolId,
        UUID mentorId,
        String mentorName,
        @Nullable String mentorSchoolId,
        @Nullable String mentorAccountKey,
        String form,
        @Nullable String variant,
        PairFormation formation,
        PairStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String refusalReason,
        @Nullable LocalDate endedOn,
        String createdBy,
        @Nullable String labourConsentRef,
        @Nullable LocalDate labourConsentOn,
        @Nullable String agreementNumber,
        @Nullable LocalDate agreementOn,
        @Nullable String agreementContent,
        @Nullable String agreementTerm,
        @Nullable String agreementForm,
        @Nullable String paySupplement,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    public static final String TEACHER_FORM = "TEACHER_TEACHER";

    public boolean teacherPair() {
        return TEACHER_FORM.equals(form);
    }

    /** The labour-law step of a teacher pair is complete: written consent and additional agreement on record. */
    public boolean labourChecklistComplete() {
        return labourConsentRef != null && labourConsentOn != null && agreementNumber != null && agreementOn != null;
    }

    Pair withStatus(PairStatus next, @Nullable String reason, @Nullable LocalDate ended) {
        return new Pair(id, schoolId, mentorId, mentorName, mentorSchoolId, mentorAccountKey, form, variant, formation,
                next, startsOn, endsOn, reason, ended, createdBy, labourConsentRef, labourConsentOn, agreementNumber,
                agreementOn, agreementContent, agreementTerm, agreementForm, paySupplement, createdAt, updatedAt);
    }

    Pair withLabourChecklist(PairCommands.LabourChecklist c) {
        return new Pair(id, schoolId, mentorId, mentorName, mentorSchoolId, mentorAccountKey, form, variant, formation,
                status, startsOn, endsOn, refusalReason, endedOn, createdBy, blank(c.labourConsentRef()),
                c.labourConsentOn(), blank(c.agreementNumber()), c.agreementOn(), blank(c.agreementContent()),
                blank(c.agreementTerm()), blank(c.agreementForm()), blank(c.paySupplement()), createdAt, updatedAt);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
