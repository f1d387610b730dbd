package ru.mentoring.events.event;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.events.jooq.Tables.APPLICATION_FIELD;
import static ru.mentoring.events.jooq.Tables.EVENT;
import static ru.mentoring.events.jooq.Tables.SCHOOL_PLACES;

/** Writes of the catalogue and its seat counters, as typed jOOQ. */
@Singleton
class EventRepository {

    private final DSLContext sql;
    private final EventQueries queries;

    EventRepository(DSLContext sql, EventQueries queries) {
        this.sql = sql;
        this.queries = queries;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Event e) {
        sql.insertInto(EVENT)
                .set(EVENT.ID, e.id())
                .set(EVENT.SERIES_ID, e.seriesId())
                .set(EVENT.TITLE, e.title())
                .set(EVENT.DESCRIPTION, e.description())
                .set(EVENT.KIND, e.kind().name())
                .set(EVENT.ORGANISER, e.organiser().name())
                .set(EVENT.ORGANISER_SCHOOL_ID, e.organiserSchoolId())
                .set(EVENT.NETWORK_PROJECT_ID, e.networkProjectId())
                .set(EVENT.NETWORK_PROJECT_NAME, e.networkProjectName())
                .set(EVENT.MEMBER_SCHOOL_IDS, e.memberSchoolIds().toArray(String[]::new))
                .set(EVENT.FORMAT, e.format().name())
                .set(EVENT.VENUE, e.venue())
                .set(EVENT.ONLINE_URL, e.onlineUrl())
                .set(EVENT.STARTS_AT, e.startsAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.ENDS_AT, e.endsAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.CAPACITY, e.capacity())
                .set(EVENT.REGISTRATION_OPENS_AT, e.opensAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.REGISTRATION_CLOSES_AT, e.closesAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.REQUIRES_APPROVAL, e.requiresApproval())
                .set(EVENT.SCHOOL_CAP, e.schoolCap())
                .set(EVENT.AUDIENCE, e.audience().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(EVENT.PARTICIPATION, e.participation().name())
                .set(EVENT.TEAM_MIN, e.teamMin())
                .set(EVENT.TEAM_MAX, e.teamMax())
                .set(EVENT.GRADE_MIN, e.gradeMin())
                .set(EVENT.GRADE_MAX, e.gradeMax())
                .set(EVENT.EXPERIENCE_MIN, e.experienceMin())
                .set(EVENT.EXPERIENCE_MAX, e.experienceMax())
                .set(EVENT.CREATED_BY, e.createdBy())
                .execute();
        int position = 0;
        for (ApplicationField f : e.fields()) {
            sql.insertInto(APPLICATION_FIELD)
                    .set(APPLICATION_FIELD.EVENT_ID, e.id())
                    .set(APPLICATION_FIELD.CODE, f.code())
                    .set(APPLICATION_FIELD.LABEL, f.label())
                    .set(APPLICATION_FIELD.TYPE, f.type().name())
                    .set(APPLICATION_FIELD.REQUIRED, f.required())
                    .set(APPLICATION_FIELD.OPTIONS, f.options().toArray(String[]::new))
                    .set(APPLICATION_FIELD.POSITION, position++)
                    .execute();
        }
        setCaps(e.id(), e.schoolCap(), e.schoolCaps());
    }

    /** The event's cap for every school and the caps of single schools; places already held stay counted. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setCaps(UUID eventId, Integer everySchool, Map<String, Integer> perSchool) {
        sql.update(EVENT).set(EVENT.SCHOOL_CAP, everySchool).set(EVENT.UPDATED_AT, currentOffsetDateTime())
                .where(EVENT.ID.eq(eventId)).execute();
        sql.update(SCHOOL_PLACES).setNull(SCHOOL_PLACES.CAP).where(SCHOOL_PLACES.EVENT_ID.eq(eventId)).execute();
        perSchool.forEach((school, cap) -> sql.insertInto(SCHOOL_PLACES)
                .set(SCHOOL_PLACES.EVENT_ID, eventId)
                .set(SCHOOL_PLACES.SCHOOL_ID, school)
                .set(SCHOOL_PLACES.CAP, cap)
                .onConflict(SCHOOL_PLACES.EVENT_ID, SCHOOL_PLACES.SCHOOL_ID)
                .doUpdate().set(SCHOOL_PLACES.CAP, cap)
                .execute());
    }

    /** Locks the event row until the transaction ends: every change of its places queues behind it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Event> lock(UUID id) {
        return queries.lock(id);
    }

    /** The details an organiser may change after creation (see {@link EditEventCommand}); places stay. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void updateDetails(Event e) {
        sql.update(EVENT)
                .set(EVENT.TITLE, e.title())
                .set(EVENT.DESCRIPTION, e.description())
                .set(EVENT.FORMAT, e.format().name())
                .set(EVENT.VENUE, e.venue())
                .set(EVENT.ONLINE_URL, e.onlineUrl())
                .set(EVENT.STARTS_AT, e.startsAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.ENDS_AT, e.endsAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.REGISTRATION_CLOSES_AT, e.closesAt().atOffset(ZoneOffset.UTC))
                .set(EVENT.UPDATED_AT, currentOffsetDateTime())
                .where(EVENT.ID.eq(e.id())).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void cancel(UUID id, Cancellation cancellation) {
        sql.update(EVENT)
                .set(EVENT.CANCELLED_AT, cancellation.at().atOffset(ZoneOffset.UTC))
                .set(EVENT.CANCEL_REASON, cancellation.reason())
                .set(EVENT.UPDATED_AT, currentOffsetDateTime())
                .where(EVENT.ID.eq(id)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addCounts(UUID id, int taken, int waiting) {
        sql.update(EVENT).set(EVENT.TAKEN, EVENT.TAKEN.plus(taken)).set(EVENT.WAITING, EVENT.WAITING.plus(waiting))
                .set(EVENT.UPDATED_AT, currentOffsetDateTime())
                .where(EVENT.ID.eq(id)).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setCapacity(UUID id, int capacity) {
        sql.update(EVENT).set(EVENT.CAPACITY, capacity).set(EVENT.UPDATED_AT, currentOffsetDateTime())
                .where(EVENT.ID.eq(id)).execute();
    }

    /** Places the given schools' applications hold now (schools absent hold none). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<String, Integer> placesTaken(UUID eventId, Collection<String> schools) {
        return sql.select(SCHOOL_PLACES.SCHOOL_ID, SCHOOL_PLACES.TAKEN).from(SCHOOL_PLACES)
                .where(SCHOOL_PLACES.EVENT_ID.eq(eventId), SCHOOL_PLACES.SCHOOL_ID.in(schools))
                .fetchMap(SCHOOL_PLACES.SCHOOL_ID, SCHOOL_PLACES.TAKEN);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addPlacesTaken(UUID eventId, Map<String, Integer> deltas) {
        deltas.forEach((school, delta) -> {
            if (delta != 0) {
                sql.insertInto(SCHOOL_PLACES)
                        .set(SCHOOL_PLACES.EVENT_ID, eventId)
                        .set(SCHOOL_PLACES.SCHOOL_ID, school)
                        .set(SCHOOL_PLACES.TAKEN, Math.max(0, delta))
                        .onConflict(SCHOOL_PLACES.EVENT_ID, SCHOOL_PLACES.SCHOOL_ID)
                        .doUpdate().set(SCHOOL_PLACES.TAKEN, SCHOOL_PLACES.TAKEN.plus(delta))
                        .execute();
            }
        });
    }

}
