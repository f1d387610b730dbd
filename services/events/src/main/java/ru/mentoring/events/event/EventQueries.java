package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.mentoring.events.jooq.tables.records.ApplicationFieldRecord;
import ru.mentoring.events.jooq.tables.records.EventRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static ru.mentoring.events.jooq.Tables.APPLICATION_FIELD;
import static ru.mentoring.events.jooq.Tables.EVENT;
import static ru.mentoring.events.jooq.Tables.SCHOOL_PLACES;

/** Reads of the catalogue through the generated jOOQ classes. */
@Singleton
class EventQueries {

    private final DSLContext sql;

    EventQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS, readOnly = true)
    Optional<Event> find(UUID id) {
        return sql.select(EVENT, fields(), caps()).from(EVENT).where(EVENT.ID.eq(id))
                .fetchOptional(r -> toEvent(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The event with its fields and caps, its row locked until the transaction ends. Every batch of applications
     * starts here and holds the lock from then on, so each round trip is one the event's whole queue waits for:
     * two here, where there were four. The row comes with the form's questions, which never change once the
     * event exists. The caps need a statement begun after the lock is held: a statement that waited for the lock
     * sees the locked row's newest version but every other table as it was when the statement began, so caps
     * the organiser changed meanwhile (under this same lock) would be read as they were before.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Event> lock(UUID id) {
        return sql.select(EVENT, fields()).from(EVENT).where(EVENT.ID.eq(id)).forUpdate().of(EVENT)
                .fetchOptional(r -> toEvent(r.value1(), r.value2(), capsOf(id)));
    }

    /** The form's questions in their order (sorted here: the order of a nested collection is not the database's promise). */
    private static Field<List<ApplicationField>> fields() {
        return multiset(selectFrom(APPLICATION_FIELD).where(APPLICATION_FIELD.EVENT_ID.eq(EVENT.ID)))
                .convertFrom(rows -> rows.stream().sorted(Comparator.comparing(ApplicationFieldRecord::getPosition))
                        .map(f -> new ApplicationField(f.getCode(), f.getLabel(), FieldType.valueOf(f.getType()), f.getRequired(),
                                List.of(f.getOptions())))
                        .toList());
    }

    private static Field<Map<String, Integer>> caps() {
        return multiset(select(SCHOOL_PLACES.SCHOOL_ID, SCHOOL_PLACES.CAP).from(SCHOOL_PLACES)
                .where(SCHOOL_PLACES.EVENT_ID.eq(EVENT.ID), SCHOOL_PLACES.CAP.isNotNull()))
                .convertFrom(rows -> {
                    Map<String, Integer> bySchool = new TreeMap<>();
                    rows.forEach(r -> bySchool.put(r.value1(), r.value2()));
                    return bySchool;
                });
    }

    private Map<String, Integer> capsOf(UUID id) {
        Map<String, Integer> caps = new TreeMap<>();
        sql.select(SCHOOL_PLACES.SCHOOL_ID, SCHOOL_PLACES.CAP).from(SCHOOL_PLACES)
                .where(SCHOOL_PLACES.EVENT_ID.eq(id), SCHOOL_PLACES.CAP.isNotNull())
                .forEach(r -> caps.put(r.value1(), r.value2()));
        return caps;
    }

    /**
     * Events in a period that a person of this school (or municipal staff, {@code everything}) sees,
     * earliest first. Fields and caps are not loaded: a list does not need them.
     */
    @Transactional(readOnly = true)
    List<Event> visible(@Nullable String school, boolean everything, EventFilter filter) {
        Condition visible = everything ? noCondition()
                : EVENT.ORGANISER.eq(Organiser.MUNICIPALITY.name())
                .or(school == null ? org.jooq.impl.DSL.falseCondition()
                        : EVENT.ORGANISER_SCHOOL_ID.eq(school).or(EVENT.MEMBER_SCHOOL_IDS.contains(new String[] {school})));
        return sql.selectFrom(EVENT)
                .where(visible, condition(filter))
                .orderBy(EVENT.STARTS_AT, EVENT.TITLE)
                .limit(filter.limit())
                .fetch(r -> toEvent(r, List.of(), Map.of()));
    }

    @Transactional(readOnly = true)
    List<Event> startingBetween(Instant from, Instant to) {
        return sql.selectFrom(EVENT)
                .where(EVENT.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC)), EVENT.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)))
                .orderBy(EVENT.STARTS_AT).fetch(r -> toEvent(r, List.of(), Map.of()));
    }

    @Transactional(readOnly = true)
    List<Event> ofSeries(UUID seriesId) {
        return sql.selectFrom(EVENT).where(EVENT.SERIES_ID.eq(seriesId)).orderBy(EVENT.STARTS_AT)
                .fetch(r -> toEvent(r, List.of(), Map.of()));
    }

    @Transactional(readOnly = true)
    List<Event> byIds(Set<UUID> ids) {
        return sql.selectFrom(EVENT).where(EVENT.ID.in(ids)).orderBy(EVENT.STARTS_AT)
                .fetch(r -> toEvent(r, List.of(), Map.of()));
    }

    /** Places each school's applications hold, with the school's own cap where the organiser set one. */
    @Transactional(readOnly = true)
    List<SchoolPlaces> places(UUID eventId) {
        return sql.select(SCHOOL_PLACES.SCHOOL_ID, SCHOOL_PLACES.CAP, SCHOOL_PLACES.TAKEN).from(SCHOOL_PLACES)
                .where(SCHOOL_PLACES.EVENT_ID.eq(eventId)).orderBy(SCHOOL_PLACES.SCHOOL_ID)
                .fetch(r -> new SchoolPlaces(r.value1(), r.value2(), r.value3()));
    }

    static Event toEvent(EventRecord r, List<ApplicationField> fields, Map<String, Integer> caps) {
        Set<Audience> audience = Arrays.stream(r.getAudience()).map(Audience::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
        return new Event(r.getId(), r.getSeriesId(), r.getTitle(), r.getDescription(), EventKind.valueOf(r.getKind()),
                Organiser.valueOf(r.getOrganiser()), r.getOrganiserSchoolId(), r.getNetworkProjectId(),
                r.getNetworkProjectName(), List.of(r.getMemberSchoolIds()), EventFormat.valueOf(r.getFormat()),
                r.getVenue(), r.getOnlineUrl(), r.getStartsAt().toInstant(), r.getEndsAt().toInstant(), r.getCapacity(),
                r.getTaken(), r.getWaiting(), r.getRegistrationOpensAt().toInstant(), r.getRegistrationClosesAt().toInstant(),
                r.getRequiresApproval(), r.getSchoolCap(), caps, audience, Participation.valueOf(r.getParticipation()),
                r.getTeamMin(), r.getTeamMax(), r.getGradeMin(), r.getGradeMax(), r.getExperienceMin(),
                r.getExperienceMax(), fields, r.getCreatedBy(),
                r.getCancelledAt() == null ? null : new Cancellation(r.getCancelledAt().toInstant(), r.getCancelReason()));
    }

    private static Condition condition(EventFilter f) {
        Condition c = noCondition();
        if (f.from() != null) {
            c = c.and(EVENT.ENDS_AT.ge(f.from().atOffset(ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            c = c.and(EVENT.STARTS_AT.lt(f.to().atOffset(ZoneOffset.UTC)));
        }
        if (f.kind() != null) {
            c = c.and(EVENT.KIND.eq(f.kind().name()));
        }
        if (f.organiser() != null) {
            c = c.and(EVENT.ORGANISER.eq(f.organiser().name()));
        }
        if (f.networkProjectId() != null) {
            c = c.and(EVENT.NETWORK_PROJECT_ID.eq(f.networkProjectId()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            c = c.and(EVENT.TITLE.containsIgnoreCase(f.text().strip()));
        }
        return c;
    }
}
