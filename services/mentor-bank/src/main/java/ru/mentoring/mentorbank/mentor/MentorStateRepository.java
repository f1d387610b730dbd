package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import ru.mentoring.mentorbank.jooq.tables.records.MentorRecord;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.UUID;

import static org.jooq.impl.DSL.arrayAppend;
import static org.jooq.impl.DSL.arrayRemove;
import static org.jooq.impl.DSL.arrayReplace;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static ru.mentoring.mentorbank.jooq.Tables.MENTOR;

/**
 * Every partial change of a mentor, each of which raises the revision in the same statement (the
 * only place that does): schools' read models ignore a profile older than the one they hold.
 * Seat changes are conditional updates, so the capacity holds however many schools ask at once.
 */
@Singleton
class MentorStateRepository {

    private final DSLContext sql;

    MentorStateRepository(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Takes a seat only while one is free and the mentor takes requests: two schools asking at the same
     * moment cannot both get the last one, nor anyone a seat of a mentor who paused meanwhile.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean reserveSeat(UUID id) {
        return changed(MENTOR.RESERVED_SEATS, MENTOR.RESERVED_SEATS.plus(1))
                .where(MENTOR.ID.eq(id), MENTOR.ACTIVE_ASSIGNMENTS.plus(MENTOR.RESERVED_SEATS).lt(MENTOR.CAPACITY),
                        MENTOR.STATUS.eq(MentorStatus.ACTIVE.name()))
                .execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean confirmSeat(UUID id) {
        return changed(MENTOR.RESERVED_SEATS, MENTOR.RESERVED_SEATS.minus(1))
                .set(MENTOR.ACTIVE_ASSIGNMENTS, MENTOR.ACTIVE_ASSIGNMENTS.plus(1))
                .where(MENTOR.ID.eq(id), MENTOR.RESERVED_SEATS.gt(0))
                .execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean releaseSeat(UUID id) {
        return changed(MENTOR.RESERVED_SEATS, MENTOR.RESERVED_SEATS.minus(1))
                .where(MENTOR.ID.eq(id), MENTOR.RESERVED_SEATS.gt(0))
                .execute() == 1;
    }

    /** A seat that was in use becomes free again (a pair completed or ended early). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean endAssignment(UUID id) {
        return changed(MENTOR.ACTIVE_ASSIGNMENTS, MENTOR.ACTIVE_ASSIGNMENTS.minus(1))
                .where(MENTOR.ID.eq(id), MENTOR.ACTIVE_ASSIGNMENTS.gt(0))
                .execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setVisibility(UUID id, MentorVisibility visibility) {
        changed(MENTOR.VISIBILITY, visibility.name()).where(MENTOR.ID.eq(id)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void linkAccount(UUID id, String username) {
        changed(MENTOR.ACCOUNT_USERNAME, username).where(MENTOR.ID.eq(id)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setStatus(UUID id, MentorStatus status, @Nullable String reason, java.time.Instant at) {
        changed(MENTOR.STATUS, status.name()).set(MENTOR.STATUS_REASON, reason)
                .set(MENTOR.STATUS_CHANGED_AT, at.atOffset(java.time.ZoneOffset.UTC))
                .where(MENTOR.ID.eq(id)).execute();
    }

    /** A competency got a new title: every mentor who has it carries the new one. @return the mentors changed */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    java.util.List<UUID> renameStrength(String title, String newTitle) {
        return changed(MENTOR.STRENGTHS, arrayReplace(MENTOR.STRENGTHS, val(title), val(newTitle)))
                .where(MENTOR.STRENGTHS.contains(new String[] {title}))
                .returning(MENTOR.ID).fetch(MENTOR.ID);
    }

    /**
     * The mentor's own phrase now means a catalogue competency: the phrase leaves their own strengths and
     * the competency joins their strengths (once). @return the mentors changed
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    java.util.List<UUID> adoptOwnStrength(String phrase, String title) {
        return changed(MENTOR.OWN_STRENGTHS, arrayRemove(MENTOR.OWN_STRENGTHS, phrase))
                .set(MENTOR.STRENGTHS, when(MENTOR.STRENGTHS.contains(new String[] {title}), MENTOR.STRENGTHS)
                        .otherwise(arrayAppend(MENTOR.STRENGTHS, title)))
                .where(MENTOR.OWN_STRENGTHS.contains(new String[] {phrase}))
                .returning(MENTOR.ID).fetch(MENTOR.ID);
    }

    /** Nothing of the mentor changed, but what others see of them did (a project's members, say). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void touch(UUID id) {
        sql.update(MENTOR).set(MENTOR.REVISION, MENTOR.REVISION.plus(1)).set(MENTOR.UPDATED_AT, currentOffsetDateTime())
                .where(MENTOR.ID.eq(id)).execute();
    }

    @Transactional(readOnly = true)
    @Nullable
    String accountOf(UUID id) {
        return sql.select(MENTOR.ACCOUNT_USERNAME).from(MENTOR).where(MENTOR.ID.eq(id)).fetchOne(MENTOR.ACCOUNT_USERNAME);
    }

    /**
     * A school's pair takes {@code seats} of the mentor's places at once, only while that many are free
     * and the mentor takes new mentees: two schools taking the last seat at the same moment cannot both get it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean assignSeats(UUID id, int seats) {
        return changed(MENTOR.ACTIVE_ASSIGNMENTS, MENTOR.ACTIVE_ASSIGNMENTS.plus(seats))
                .where(MENTOR.ID.eq(id), MENTOR.STATUS.eq(MentorStatus.ACTIVE.name()),
                        MENTOR.ACTIVE_ASSIGNMENTS.plus(MENTOR.RESERVED_SEATS).plus(seats).le(MENTOR.CAPACITY))
                .execute() == 1;
    }

    /** The places a pair held are free again (the pair ended); never below zero. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean releaseSeats(UUID id, int seats) {
        return changed(MENTOR.ACTIVE_ASSIGNMENTS, org.jooq.impl.DSL.greatest(MENTOR.ACTIVE_ASSIGNMENTS.minus(seats),
                org.jooq.impl.DSL.inline(0)))
                .where(MENTOR.ID.eq(id))
                .execute() == 1;
    }

    private <T> UpdateSetMoreStep<MentorRecord> changed(org.jooq.Field<T> field, org.jooq.Field<T> value) {
        return sql.update(MENTOR).set(field, value)
                .set(MENTOR.REVISION, MENTOR.REVISION.plus(1))
                .set(MENTOR.UPDATED_AT, currentOffsetDateTime());
    }

    private <T> UpdateSetMoreStep<MentorRecord> changed(org.jooq.Field<T> field, T value) {
        return sql.update(MENTOR).set(field, value)
                .set(MENTOR.REVISION, MENTOR.REVISION.plus(1))
                .set(MENTOR.UPDATED_AT, currentOffsetDateTime());
    }
}
