package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The school's pairs and groups, and a mentor's side of mutual choice. */
public final class Pairs {

    private Pairs() {
    }

    /**
     * A pair (one mentee) or a group (several) as the curator sees it. {@code status}: AWAITING_MENTOR,
     * AWAITING_CONFIRMATION, ACTIVE, REFUSED, COMPLETED or TERMINATED; {@code statusTitle} says it in Russian.
     */
    @Serdeable
    public record Pair(UUID id, UUID mentorId, String mentorName, @Nullable String mentorSchoolId, String form,
                       @Nullable String formTitle, @Nullable String variant, @Nullable String formation,
                       @Nullable String formationTitle, String status, @Nullable String statusTitle,
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String refusalReason,
                       @Nullable List<Member> mentees, boolean group, boolean teacherPair,
                       @Nullable LabourChecklist labourChecklist, @Nullable Completions.Completion completion,
                       @Nullable Completions.Termination termination, @Nullable String concern,
                       @Nullable UUID followUpPairId) {

        @Creator
        public Pair {
        }

        /** A pair still at work or waiting: nothing of how it ended yet. */
        public Pair(UUID id, UUID mentorId, String mentorName, @Nullable String mentorSchoolId, String form,
                    @Nullable String formTitle, @Nullable String variant, @Nullable String formation,
                    @Nullable String formationTitle, String status, @Nullable String statusTitle,
                    @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String refusalReason,
                    @Nullable List<Member> mentees, boolean group, boolean teacherPair,
                    @Nullable LabourChecklist labourChecklist) {
            this(id, mentorId, mentorName, mentorSchoolId, form, formTitle, variant, formation, formationTitle, status,
                    statusTitle, startsOn, endsOn, refusalReason, mentees, group, teacherPair, labourChecklist, null,
                    null, null, null);
        }

        public List<Member> memberList() {
            return mentees == null ? List.of() : mentees;
        }
    }

    @Serdeable
    public record Member(UUID id, String fullName, @Nullable String grade, @Nullable String position) {
    }

    /** A teacher pair's labour-law step: the ТК ст. 351.8 consent and the additional agreement. */
    @Serdeable
    public record LabourChecklist(boolean complete, @Nullable String labourConsentRef,
                                  @Nullable LocalDate labourConsentOn, @Nullable String agreementNumber,
                                  @Nullable LocalDate agreementOn, @Nullable String agreementContent,
                                  @Nullable String agreementTerm, @Nullable String agreementForm,
                                  @Nullable String paySupplement) {
    }

    /** The body of {@code POST /api/pairs}; {@code how}: MATCHING, CHOICE or ASSIGNMENT. */
    @Serdeable
    public record FormPair(@Nullable UUID mentorId, List<UUID> menteeIds, @Nullable String form,
                           @Nullable String variant, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                           String how) {
    }

    /** The body of {@code PUT /api/pairs/{id}/labour-checklist}. */
    @Serdeable
    public record ChecklistChange(@Nullable String labourConsentRef, @Nullable LocalDate labourConsentOn,
                                  @Nullable String agreementNumber, @Nullable LocalDate agreementOn,
                                  @Nullable String agreementContent, @Nullable String agreementTerm,
                                  @Nullable String agreementForm, @Nullable String paySupplement) {
    }

    /** A pair a mentee chose this mentor for, as the mentor may see it: first names and classes only. */
    @Serdeable
    public record Offer(UUID pairId, @Nullable String schoolId, @Nullable String formTitle,
                        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String status,
                        @Nullable List<MinimalCard> mentees) {

        public List<MinimalCard> menteeList() {
            return mentees == null ? List.of() : mentees;
        }
    }

    @Serdeable
    public record MinimalCard(@Nullable String firstName, @Nullable String grade) {
    }

    @Serdeable
    public record Decline(@Nullable String reason) {
    }
}
