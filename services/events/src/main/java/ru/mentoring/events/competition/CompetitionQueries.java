package ru.mentoring.events.competition;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.events.jooq.tables.records.CompetitionEntryRecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ru.mentoring.events.jooq.Tables.COMPETITION;
import static ru.mentoring.events.jooq.Tables.COMPETITION_CRITERION;
import static ru.mentoring.events.jooq.Tables.COMPETITION_ENTRY;
import static ru.mentoring.events.jooq.Tables.COMPETITION_EXPERT;
import static ru.mentoring.events.jooq.Tables.COMPETITION_STAGE;
import static ru.mentoring.events.jooq.Tables.ENTRY_ASSIGNMENT;
import static ru.mentoring.events.jooq.Tables.ENTRY_SCORE;

/** Reads of competitions through the generated jOOQ classes. */
@Singleton
class CompetitionQueries {

    private final DSLContext sql;

    CompetitionQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    Optional<Competition> find(UUID eventId) {
        return sql.selectFrom(COMPETITION).where(COMPETITION.EVENT_ID.eq(eventId)).fetchOptional().map(c -> new Competition(
                c.getEventId(), List.of(c.getNominations()), Stage.valueOf(c.getStage()),
                sql.selectFrom(COMPETITION_STAGE).where(COMPETITION_STAGE.EVENT_ID.eq(eventId)).orderBy(COMPETITION_STAGE.POSITION)
                        .fetch(s -> new Competition.StageInfo(Stage.valueOf(s.getStage()), Stage.valueOf(s.getStage()).title(),
                                s.getDeadline(), s.getOpenedAt() == null ? null : s.getOpenedAt().toInstant(),
                                s.getClosedAt() == null ? null : s.getClosedAt().toInstant())),
                sql.selectFrom(COMPETITION_CRITERION).where(COMPETITION_CRITERION.EVENT_ID.eq(eventId))
                        .orderBy(COMPETITION_CRITERION.POSITION)
                        .fetch(k -> new Competition.Criterion(k.getId(), Stage.valueOf(k.getStage()), k.getTitle(), k.getMaxScore())),
                c.getResultsPublishedAt() == null ? null : c.getResultsPublishedAt().toInstant()));
    }

    @Transactional(readOnly = true)
    List<UUID> all() {
        return sql.select(COMPETITION.EVENT_ID).from(COMPETITION).fetch(COMPETITION.EVENT_ID);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<Entry> entries(UUID eventId) {
        return sql.selectFrom(COMPETITION_ENTRY).where(COMPETITION_ENTRY.EVENT_ID.eq(eventId))
                .orderBy(COMPETITION_ENTRY.NOMINATION, COMPETITION_ENTRY.CREATED_AT).fetch(this::toEntry);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    Optional<Entry> entry(UUID eventId, UUID entryId) {
        return sql.selectFrom(COMPETITION_ENTRY).where(COMPETITION_ENTRY.EVENT_ID.eq(eventId), COMPETITION_ENTRY.ID.eq(entryId))
                .fetchOptional(this::toEntry);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<Juror> jury(UUID eventId) {
        return sql.selectFrom(COMPETITION_EXPERT).where(COMPETITION_EXPERT.EVENT_ID.eq(eventId))
                .orderBy(COMPETITION_EXPERT.EXPERT_NAME)
                .fetch(r -> new Juror(r.getExpertSubject(), r.getExpertName(), r.getExpertSchoolId()));
    }

    /** (entry, expert) pairs of a competition. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<Assignment> assignments(UUID eventId) {
        return sql.select(ENTRY_ASSIGNMENT.ENTRY_ID, ENTRY_ASSIGNMENT.EXPERT_SUBJECT).from(ENTRY_ASSIGNMENT)
                .join(COMPETITION_ENTRY).on(COMPETITION_ENTRY.ID.eq(ENTRY_ASSIGNMENT.ENTRY_ID))
                .where(COMPETITION_ENTRY.EVENT_ID.eq(eventId))
                .fetch(r -> new Assignment(r.value1(), r.value2()));
    }

    /** Every entry given to this expert, in every competition. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<Entry> assignedTo(String expert) {
        return sql.select(COMPETITION_ENTRY.fields()).from(COMPETITION_ENTRY)
                .join(ENTRY_ASSIGNMENT).on(ENTRY_ASSIGNMENT.ENTRY_ID.eq(COMPETITION_ENTRY.ID))
                .where(ENTRY_ASSIGNMENT.EXPERT_SUBJECT.eq(expert))
                .orderBy(COMPETITION_ENTRY.CREATED_AT)
                .fetch(r -> toEntry(r.into(COMPETITION_ENTRY)));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<Score> scores(UUID eventId) {
        return sql.select(ENTRY_SCORE.ENTRY_ID, ENTRY_SCORE.EXPERT_SUBJECT, ENTRY_SCORE.CRITERION_ID, ENTRY_SCORE.POINTS,
                        ENTRY_SCORE.COMMENT, COMPETITION_CRITERION.STAGE)
                .from(ENTRY_SCORE).join(COMPETITION_CRITERION).on(COMPETITION_CRITERION.ID.eq(ENTRY_SCORE.CRITERION_ID))
                .where(COMPETITION_CRITERION.EVENT_ID.eq(eventId))
                .fetch(r -> new Score(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Stage.valueOf(r.value6())));
    }

    private Entry toEntry(CompetitionEntryRecord r) {
        return new Entry(r.getId(), r.getEventId(), r.getSchoolId(), r.getSubmittedBy(), r.getAuthorName(), r.getEmail(),
                r.getTitle(), r.getNomination(), r.getSummary(), r.getMaterialsUrl(), EntryStatus.valueOf(r.getStatus()),
                r.getCheckNote(), r.getAward(), r.getPlace(), r.getCreatedAt().toInstant());
    }

    record Assignment(UUID entryId, String expert) {
    }

    record Score(UUID entryId, String expert, UUID criterionId, int points, String comment, Stage stage) {
    }
}
