package ru.mentoring.practices.practice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.mentoring.model.practice.PracticeLevel;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.PRACTICE;
import static ru.mentoring.practices.jooq.Tables.PRACTICE_VERSION;

/** Lists of practices and the published text the index and the exports read; visibility is the caller's job. */
@Singleton
class PracticeQueries {

    private static final ru.mentoring.practices.jooq.tables.Practice P = PRACTICE;
    private static final ru.mentoring.practices.jooq.tables.PracticeVersion V = PRACTICE_VERSION;

    private final DSLContext sql;

    PracticeQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** The newest version of each practice of a school (a curator's list). */
    @Transactional(readOnly = true)
    List<PracticeSummary> latestOfSchool(String schoolId) {
        return latest(P.SCHOOL_ID.eq(schoolId));
    }

    /** The newest version of each practice of the school the given e-mail is an author of. */
    @Transactional(readOnly = true)
    List<PracticeSummary> latestAuthoredBy(String schoolId, String email) {
        return latest(P.SCHOOL_ID.eq(schoolId).and(V.AUTHOR_EMAILS.contains(new String[] {email})));
    }

    /** Versions waiting for the methodist (submitted) or with experts (in review), oldest first. */
    @Transactional(readOnly = true)
    List<PracticeSummary> reviewQueue() {
        return summaries(V.STATUS.in(VersionStatus.SUBMITTED.name(), VersionStatus.IN_REVIEW.name()));
    }

    /** Versions in review that name this expert among their reviewers. */
    @Transactional(readOnly = true)
    List<PracticeSummary> assignedTo(String expert) {
        return summaries(V.STATUS.eq(VersionStatus.IN_REVIEW.name()).and(V.REVIEWERS.contains(new String[] {expert})));
    }

    /** Practices of a school with a public version (current or earlier) that names a consent. */
    @Transactional(readOnly = true)
    List<UUID> publicNaming(String schoolId, String consentRef) {
        return sql.selectDistinct(V.PRACTICE_ID).from(V)
                .where(V.SCHOOL_ID.eq(schoolId))
                .and(V.STATUS.in(VersionStatus.PUBLISHED.name(), VersionStatus.SUPERSEDED.name()))
                .and(V.CONSENT_REFS.contains(new String[] {consentRef}))
                .fetch(V.PRACTICE_ID);
    }

    /** The published version of each given practice that has one. */
    @Transactional(readOnly = true)
    List<PublishedPractice> published(Collection<UUID> practiceIds) {
        return sql.select(P.ID, P.SCHOOL_ID, P.RECOMMENDED, V.ID, V.NUMBER, V.TITLE, V.PROBLEM, V.DESCRIPTION, V.METHODS,
                        V.RESULTS, V.FORM, V.FORM_VARIANT, V.TARGET_GROUP, V.COMPETENCIES, V.YEAR, V.LEVEL, V.AUTHORS,
                        V.PARTICIPANTS, V.PUBLISHED_AT)
                .from(P).join(V).on(V.PRACTICE_ID.eq(P.ID).and(V.NUMBER.eq(P.PUBLISHED_VERSION)))
                .where(P.ID.in(practiceIds))
                .fetch(this::toPublished);
    }

    private List<PracticeSummary> latest(Condition condition) {
        return sql.select(P.ID, P.SCHOOL_ID, P.PUBLISHED_VERSION, P.ORIGIN, V.TITLE, V.NUMBER, V.STATUS, V.REVIEWERS,
                        V.SUBMITTED_AT, V.UPDATED_AT)
                .from(P).join(V).on(V.PRACTICE_ID.eq(P.ID).and(V.NUMBER.eq(P.LATEST_VERSION)))
                .where(condition)
                .orderBy(V.UPDATED_AT.desc())
                .limit(500)
                .fetch(this::toSummary);
    }

    private List<PracticeSummary> summaries(Condition condition) {
        return sql.select(P.ID, P.SCHOOL_ID, P.PUBLISHED_VERSION, P.ORIGIN, V.TITLE, V.NUMBER, V.STATUS, V.REVIEWERS,
                        V.SUBMITTED_AT, V.UPDATED_AT)
                .from(V).join(P).on(P.ID.eq(V.PRACTICE_ID))
                .where(condition)
                .orderBy(V.SUBMITTED_AT.asc())
                .limit(500)
                .fetch(this::toSummary);
    }

    private PracticeSummary toSummary(Record r) {
        VersionStatus status = VersionStatus.valueOf(r.get(V.STATUS));
        var submitted = r.get(V.SUBMITTED_AT);
        return new PracticeSummary(r.get(P.ID), r.get(P.SCHOOL_ID), r.get(V.TITLE), r.get(V.NUMBER), status,
                status.title(), r.get(P.PUBLISHED_VERSION), Origin.valueOf(r.get(P.ORIGIN)), List.of(r.get(V.REVIEWERS)),
                submitted == null ? null : submitted.toInstant(), r.get(V.UPDATED_AT).toInstant());
    }

    private PublishedPractice toPublished(Record r) {
        String level = r.get(V.LEVEL);
        return new PublishedPractice(r.get(P.ID), r.get(V.ID), r.get(V.NUMBER), r.get(P.SCHOOL_ID), r.get(V.TITLE),
                r.get(V.PROBLEM), r.get(V.DESCRIPTION), r.get(V.METHODS), r.get(V.RESULTS), r.get(V.FORM),
                r.get(V.FORM_VARIANT), r.get(V.TARGET_GROUP), List.of(r.get(V.COMPETENCIES)), r.get(V.YEAR),
                level == null ? null : PracticeLevel.valueOf(level), JsonLists.authors(r.get(V.AUTHORS).data()),
                JsonLists.participants(r.get(V.PARTICIPANTS).data()), r.get(V.PUBLISHED_AT).toInstant(), r.get(P.RECOMMENDED));
    }
}
