package ru.mentoring.events.competition;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.events.jooq.Tables.COMPETITION;
import static ru.mentoring.events.jooq.Tables.COMPETITION_CRITERION;
import static ru.mentoring.events.jooq.Tables.COMPETITION_ENTRY;
import static ru.mentoring.events.jooq.Tables.COMPETITION_EXPERT;
import static ru.mentoring.events.jooq.Tables.COMPETITION_STAGE;
import static ru.mentoring.events.jooq.Tables.ENTRY_ASSIGNMENT;
import static ru.mentoring.events.jooq.Tables.ENTRY_SCORE;

/** Writes of competitions as typed jOOQ. */
@Singleton
class CompetitionRepository {

    private final DSLContext sql;

    CompetitionRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Competition c, Instant now) {
        sql.insertInto(COMPETITION).set(COMPETITION.EVENT_ID, c.eventId())
                .set(COMPETITION.NOMINATIONS, c.nominations().toArray(String[]::new))
                .set(COMPETITION.STAGE, c.stage().name()).execute();
        int position = 0;
        for (Competition.StageInfo s : c.stages()) {
            sql.insertInto(COMPETITION_STAGE).set(COMPETITION_STAGE.EVENT_ID, c.eventId())
                    .set(COMPETITION_STAGE.STAGE, s.stage().name()).set(COMPETITION_STAGE.POSITION, position++)
                    .set(COMPETITION_STAGE.DEADLINE, s.deadline())
                    .set(COMPETITION_STAGE.OPENED_AT, s.stage() == Stage.ACCEPTANCE ? now.atOffset(ZoneOffset.UTC) : null)
                    .execute();
        }
        position = 0;
        for (Competition.Criterion k : c.criteria()) {
            sql.insertInto(COMPETITION_CRITERION).set(COMPETITION_CRITERION.ID, k.id())
                    .set(COMPETITION_CRITERION.EVENT_ID, c.eventId()).set(COMPETITION_CRITERION.STAGE, k.stage().name())
                    .set(COMPETITION_CRITERION.TITLE, k.title()).set(COMPETITION_CRITERION.MAX_SCORE, k.maxScore())
                    .set(COMPETITION_CRITERION.POSITION, position++).execute();
        }
    }

    /** Moves to the next stage only if nobody else moved it first (the stage read is the one left). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean advance(UUID eventId, Stage from, Stage to, Instant now) {
        int moved = sql.update(COMPETITION).set(COMPETITION.STAGE, to.name())
                .where(COMPETITION.EVENT_ID.eq(eventId), COMPETITION.STAGE.eq(from.name())).execute();
        if (moved == 1) {
            sql.update(COMPETITION_STAGE).set(COMPETITION_STAGE.CLOSED_AT, now.atOffset(ZoneOffset.UTC))
                    .where(COMPETITION_STAGE.EVENT_ID.eq(eventId), COMPETITION_STAGE.STAGE.eq(from.name())).execute();
            sql.update(COMPETITION_STAGE).set(COMPETITION_STAGE.OPENED_AT, now.atOffset(ZoneOffset.UTC))
                    .where(COMPETITION_STAGE.EVENT_ID.eq(eventId), COMPETITION_STAGE.STAGE.eq(to.name())).execute();
        }
        return moved == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertEntry(Entry e) {
        sql.insertInto(COMPETITION_ENTRY).set(COMPETITION_ENTRY.ID, e.id()).set(COMPETITION_ENTRY.EVENT_ID, e.eventId())
                .set(COMPETITION_ENTRY.SCHOOL_ID, e.schoolId()).set(COMPETITION_ENTRY.SUBMITTED_BY, e.submittedBy())
                .set(COMPETITION_ENTRY.AUTHOR_NAME, e.authorName()).set(COMPETITION_ENTRY.EMAIL, e.email())
                .set(COMPETITION_ENTRY.TITLE, e.title()).set(COMPETITION_ENTRY.NOMINATION, e.nomination())
                .set(COMPETITION_ENTRY.SUMMARY, e.summary()).set(COMPETITION_ENTRY.MATERIALS_URL, e.materialsUrl())
                .set(COMPETITION_ENTRY.STATUS, e.status().name()).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setStatus(UUID entryId, EntryStatus status, String note) {
        var u = sql.update(COMPETITION_ENTRY).set(COMPETITION_ENTRY.STATUS, status.name());
        if (note != null) {
            u = u.set(COMPETITION_ENTRY.CHECK_NOTE, note);
        }
        u.where(COMPETITION_ENTRY.ID.eq(entryId)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setAward(UUID entryId, String award, Integer place) {
        sql.update(COMPETITION_ENTRY).set(COMPETITION_ENTRY.AWARD, award).set(COMPETITION_ENTRY.PLACE, place)
                .where(COMPETITION_ENTRY.ID.eq(entryId)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markProposed(UUID entryId) {
        sql.update(COMPETITION_ENTRY).set(COMPETITION_ENTRY.PROPOSED_AT, currentOffsetDateTime())
                .where(COMPETITION_ENTRY.ID.eq(entryId)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publishResults(UUID eventId) {
        sql.update(COMPETITION).set(COMPETITION.RESULTS_PUBLISHED_AT, currentOffsetDateTime())
                .where(COMPETITION.EVENT_ID.eq(eventId)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean join(UUID eventId, Juror juror) {
        return sql.insertInto(COMPETITION_EXPERT).set(COMPETITION_EXPERT.EVENT_ID, eventId)
                .set(COMPETITION_EXPERT.EXPERT_SUBJECT, juror.subject()).set(COMPETITION_EXPERT.EXPERT_NAME, juror.name())
                .set(COMPETITION_EXPERT.EXPERT_SCHOOL_ID, juror.schoolId())
                .onConflictDoNothing().execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean assign(Entry entry, Juror juror) {
        return sql.insertInto(ENTRY_ASSIGNMENT).set(ENTRY_ASSIGNMENT.ENTRY_ID, entry.id())
                .set(ENTRY_ASSIGNMENT.EXPERT_SUBJECT, juror.subject()).set(ENTRY_ASSIGNMENT.SCHOOL_ID, entry.schoolId())
                .set(ENTRY_ASSIGNMENT.EXPERT_SCHOOL_ID, juror.schoolId())
                .onConflictDoNothing().execute() == 1;
    }

    /** Replaces one expert's sheet for one entry at one stage. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replaceScores(Entry entry, String expert, List<UUID> stageCriteria, List<ScoreCommand.Points> points, String comment) {
        sql.deleteFrom(ENTRY_SCORE).where(ENTRY_SCORE.ENTRY_ID.eq(entry.id()), ENTRY_SCORE.EXPERT_SUBJECT.eq(expert),
                ENTRY_SCORE.CRITERION_ID.in(stageCriteria)).execute();
        for (ScoreCommand.Points p : points) {
            sql.insertInto(ENTRY_SCORE).set(ENTRY_SCORE.ENTRY_ID, entry.id()).set(ENTRY_SCORE.EXPERT_SUBJECT, expert)
                    .set(ENTRY_SCORE.CRITERION_ID, p.criterionId()).set(ENTRY_SCORE.SCHOOL_ID, entry.schoolId())
                    .set(ENTRY_SCORE.POINTS, p.points()).set(ENTRY_SCORE.COMMENT, comment).execute();
        }
    }
}
