package ru.mentoring.events.registration;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import ru.mentoring.events.jooq.tables.records.RegistrationRecord;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.when;
import static ru.mentoring.events.jooq.Tables.REGISTRATION;

/** Reads of applications through the generated jOOQ classes. */
@Singleton
class RegistrationQueries {

    private static final List<String> LIVE = List.of(Status.PENDING.name(), Status.REGISTERED.name(), Status.WAITLISTED.name());
    private static final Argument<Map<String, String>> ANSWERS = Argument.mapOf(String.class, String.class);

    private final DSLContext sql;
    private final ObjectMapper json;

    RegistrationQueries(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Which of these participants already hold a live application to the event. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Set<String> liveKeys(UUID eventId, Collection<String> keys) {
        return new HashSet<>(sql.select(REGISTRATION.PARTICIPANT_KEY).from(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.PARTICIPANT_KEY.in(keys), REGISTRATION.STATUS.in(LIVE))
                .fetch(REGISTRATION.PARTICIPANT_KEY));
    }

    /** How many wait ahead of an application that arrived at {@code seq} (the waiting list keeps arrival order). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    int waitingAhead(UUID eventId, long seq) {
        return sql.fetchCount(REGISTRATION, REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.STATUS.eq(Status.WAITLISTED.name()),
                REGISTRATION.SEQ.lt(seq));
    }

    /** The waiting list in arrival order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Registration> waiting(UUID eventId) {
        return sql.selectFrom(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.STATUS.eq(Status.WAITLISTED.name()))
                .orderBy(REGISTRATION.SEQ).fetch(this::toRegistration);
    }

    @Transactional(readOnly = true)
    Optional<Registration> find(UUID eventId, UUID id) {
        return sql.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.ID.eq(id))
                .fetchOptional(this::toRegistration);
    }

    @Transactional(readOnly = true)
    Optional<Registration> byCode(UUID eventId, String code) {
        return sql.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.CHECK_IN_CODE.eq(code))
                .fetchOptional(this::toRegistration);
    }

    /** A person's own live application to an event: as themself or as the mentor the base links them to. */
    @Transactional(readOnly = true)
    Optional<Registration> liveOwn(UUID eventId, Collection<String> ownKeys) {
        return sql.selectFrom(REGISTRATION)
                .where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.PARTICIPANT_KEY.in(ownKeys), REGISTRATION.STATUS.in(LIVE))
                .fetchOptional(this::toRegistration);
    }

    /** Everything a person applied for (also for staff and teams) or holds a place in, newest first. */
    @Transactional(readOnly = true)
    List<Registration> mine(String subject, Collection<String> ownKeys) {
        Condition own = REGISTRATION.APPLICANT_SUBJECT.eq(subject).or(REGISTRATION.PARTICIPANT_KEY.in(ownKeys));
        return sql.selectFrom(REGISTRATION).where(own).orderBy(REGISTRATION.CREATED_AT.desc()).limit(500)
                .fetch(this::toRegistration);
    }

    /** Applications holding or awaiting a place, in arrival order. */
    @Transactional(readOnly = true)
    List<Registration> live(UUID eventId) {
        return sql.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId), REGISTRATION.STATUS.in(LIVE))
                .orderBy(REGISTRATION.SEQ).fetch(this::toRegistration);
    }

    /** The organiser's list: every application of the event, places first, then in arrival order. */
    @Transactional(readOnly = true)
    List<Registration> ofEvent(UUID eventId) {
        return sql.selectFrom(REGISTRATION).where(REGISTRATION.EVENT_ID.eq(eventId))
                .orderBy(when(REGISTRATION.STATUS.eq(Status.REGISTERED.name()), 0)
                                .when(REGISTRATION.STATUS.eq(Status.PENDING.name()), 1)
                                .when(REGISTRATION.STATUS.eq(Status.WAITLISTED.name()), 2).otherwise(3),
                        REGISTRATION.SEQ)
                .fetch(this::toRegistration);
    }

    @Transactional(readOnly = true)
    List<Registration> registeredOf(Collection<UUID> eventIds, boolean notRemindedOnly) {
        Condition c = REGISTRATION.EVENT_ID.in(eventIds).and(REGISTRATION.STATUS.eq(Status.REGISTERED.name()));
        if (notRemindedOnly) {
            c = c.and(REGISTRATION.REMINDED_AT.isNull());
        }
        return sql.selectFrom(REGISTRATION).where(c).orderBy(REGISTRATION.SEQ).fetch(this::toRegistration);
    }

    /** Applications, places, waiting list and arrivals per event, and the distinct schools they came from. */
    @Transactional(readOnly = true)
    Map<UUID, EventNumbers> numbers(Collection<UUID> eventIds) {
        var r = REGISTRATION;
        return sql.select(r.EVENT_ID,
                        count().filterWhere(r.STATUS.eq(Status.REGISTERED.name())),
                        count().filterWhere(r.STATUS.eq(Status.WAITLISTED.name())),
                        count().filterWhere(r.STATUS.eq(Status.PENDING.name())),
                        count().filterWhere(r.ATTENDED_AT.isNotNull()),
                        org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(when(r.STATUS.eq(Status.REGISTERED.name()),
                                org.jooq.impl.DSL.coalesce(r.TEAM_SIZE, 1))), java.math.BigDecimal.ZERO),
                        countDistinct(r.SCHOOL_ID).filterWhere(r.STATUS.eq(Status.REGISTERED.name())))
                .from(r).where(r.EVENT_ID.in(eventIds)).groupBy(r.EVENT_ID)
                .fetchMap(rec -> rec.value1(), rec -> new EventNumbers(rec.value2(), rec.value3(), rec.value4(),
                        rec.value5(), rec.value6().intValue(), rec.value7()));
    }

    /** Places, waiting and arrivals of one event per school. */
    @Transactional(readOnly = true)
    List<SchoolNumbers> bySchool(UUID eventId) {
        var r = REGISTRATION;
        return sql.select(r.SCHOOL_ID, count().filterWhere(r.STATUS.eq(Status.REGISTERED.name())),
                        count().filterWhere(r.STATUS.eq(Status.WAITLISTED.name())), count().filterWhere(r.ATTENDED_AT.isNotNull()))
                .from(r).where(r.EVENT_ID.eq(eventId), r.STATUS.in(LIVE).or(r.ATTENDED_AT.isNotNull()))
                .groupBy(r.SCHOOL_ID).orderBy(r.SCHOOL_ID)
                .fetch(rec -> new SchoolNumbers(rec.value1(), rec.value2(), rec.value3(), rec.value4()));
    }

    Registration toRegistration(RegistrationRecord r) {
        Map<String, String> answers;
        try {
            answers = json.readValue(r.getAnswers().data(), ANSWERS);
        } catch (IOException e) {
            answers = Map.of();
        }
        return new Registration(r.getId(), r.getSeq(), r.getEventId(), r.getParticipantKey(), Mode.valueOf(r.getMode()),
                r.getApplicantSubject(), r.getApplicantName(), r.getEmail(), r.getParticipantName(), r.getMentorId(),
                r.getSchoolId(), r.getTeamSize(), r.getTeamGrades() == null ? List.of() : Arrays.asList(r.getTeamGrades()),
                answers, Status.valueOf(r.getStatus()), r.getCheckInCode(),
                r.getAttendedAt() == null ? null : r.getAttendedAt().toInstant(), r.getCreatedAt().toInstant());
    }
}
