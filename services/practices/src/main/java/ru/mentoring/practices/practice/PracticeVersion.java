package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import ru.mentoring.model.practice.PracticeLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a practice's text. Only a DRAFT or RETURNED version changes; a published one is
 * replaced by the next reviewed version, never edited. {@code authorEmails}, {@code consentRefs} repeat
 * what {@code authors} and {@code participants} hold, as arrays the database can search.
 */
@MappedEntity("practice_version")
record PracticeVersion(
        @Id UUID id,
        UUID practiceId,
        String schoolId,
        int number,
        VersionStatus status,
        String title,
        @Nullable String problem,
        @Nullable String description,
        @Nullable String methods,
        @Nullable String results,
        @Nullable String form,
        @Nullable String formVariant,
        @Nullable String targetGroup,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> competencies,
        @Nullable Integer year,
        @Nullable PracticeLevel level,
        @TypeDef(type = DataType.JSON) List<Author> authors,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> authorEmails,
        @TypeDef(type = DataType.JSON) List<Participant> participants,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> consentRefs,
        boolean noPupilData,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> reviewers,
        @Nullable String decisionReason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable Instant publishedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    PracticeVersion withContent(PracticeContent c, Instant at) {
        return new PracticeVersion(id, practiceId, schoolId, number, status, c.title(), c.problem(), c.description(),
                c.methods(), c.results(), c.form(), c.formVariant(), c.targetGroup(), c.competencies(), c.year(),
                c.level(), c.authors(), c.authorEmails(), participants, consentRefs, c.noPupilData(), reviewers,
                decisionReason, decidedBy, decidedAt, submittedBy, submittedAt, publishedAt, createdBy, createdAt, at);
    }

    PracticeVersion withStatus(VersionStatus next, Instant at) {
        return new PracticeVersion(id, practiceId, schoolId, number, next, title, problem, description, methods, results,
                form, formVariant, targetGroup, competencies, year, level, authors, authorEmails, participants,
                consentRefs, noPupilData, reviewers, decisionReason, decidedBy, decidedAt, submittedBy, submittedAt,
                publishedAt, createdBy, createdAt, at);
    }

    PracticeVersion submitted(String by, Instant at) {
        return new PracticeVersion(id, practiceId, schoolId, number, VersionStatus.SUBMITTED, title, problem, description,
                methods, results, form, formVariant, targetGroup, competencies, year, level, authors, authorEmails,
                participants, consentRefs, noPupilData, List.of(), null, null, null, by, at, publishedAt, createdBy,
                createdAt, at);
    }

    PracticeVersion inReview(List<String> experts, Instant at) {
        return new PracticeVersion(id, practiceId, schoolId, number, VersionStatus.IN_REVIEW, title, problem, description,
                methods, results, form, formVariant, targetGroup, competencies, year, level, authors, authorEmails,
                participants, consentRefs, noPupilData, experts, decisionReason, decidedBy, decidedAt, submittedBy,
                submittedAt, publishedAt, createdBy, createdAt, at);
    }

    PracticeVersion decided(VersionStatus next, @Nullable String reason, String by, Instant at) {
        return new PracticeVersion(id, practiceId, schoolId, number, next, title, problem, description, methods, results,
                form, formVariant, targetGroup, competencies, year, level, authors, authorEmails, participants,
                consentRefs, noPupilData, reviewers, reason, by, at, submittedBy, submittedAt,
                next == VersionStatus.PUBLISHED ? at : publishedAt, createdBy, createdAt, at);
    }

    /** The next version starts as a draft copy of this one, participants and their consents included. */
    PracticeVersion nextDraft(UUID newId, String by, Instant at) {
        return new PracticeVersion(newId, practiceId, schoolId, number + 1, VersionStatus.DRAFT, title, problem,
                description, methods, results, form, formVariant, targetGroup, competencies, year, level, authors,
                authorEmails, participants, consentRefs, noPupilData, List.of(), null, null, null, null, null, null, by,
                at, at);
    }

    boolean hasAuthor(String email) {
        return authorEmails.contains(email);
    }
}
