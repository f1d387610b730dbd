package ru.mentoring.school.directory;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.sql.FixedShapeStatement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.param;
import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/** Writes of the directory read model; only the projection writes it. */
@Singleton
class DirectoryRepository {

    private static final int ROWS_PER_STATEMENT = 16;

    /**
     * Every column a profile sets, with the profile's value for it: the same for a new row and for a newer
     * revision of a stored one. (Entries, not a record of our own: only repositories may hold jOOQ types.)
     */
    private static final List<Map.Entry<Field<?>, Function<MentorProfileV1, Object>>> COLUMNS = List.of(
            column(DIRECTORY_MENTOR.REVISION, MentorProfileV1::revision),
            column(DIRECTORY_MENTOR.FULL_NAME, MentorProfileV1::fullName),
            column(DIRECTORY_MENTOR.KIND, p -> p.kind().name()),
            column(DIRECTORY_MENTOR.HOME_SCHOOL_ID, MentorProfileV1::homeSchoolId),
            column(DIRECTORY_MENTOR.ORGANISATION, MentorProfileV1::organisation),
            column(DIRECTORY_MENTOR.POSITION, MentorProfileV1::position),
            column(DIRECTORY_MENTOR.SUBJECTS, p -> array(p.subjects())),
            column(DIRECTORY_MENTOR.STRENGTHS, p -> array(p.strengths())),
            column(DIRECTORY_MENTOR.CAPACITY, MentorProfileV1::capacity),
            column(DIRECTORY_MENTOR.ACTIVE_ASSIGNMENTS, MentorProfileV1::activeAssignments),
            column(DIRECTORY_MENTOR.VISIBILITY, p -> p.visibility().name()),
            column(DIRECTORY_MENTOR.NETWORK_PROJECT_IDS, p -> array(p.networkProjectIds())),
            column(DIRECTORY_MENTOR.ACTIVE, MentorProfileV1::active),
            column(DIRECTORY_MENTOR.SHARED_WITH_SCHOOL_IDS, p -> array(p.sharedWithSchoolIds())),
            column(DIRECTORY_MENTOR.FORMS, p -> array(p.forms())),
            column(DIRECTORY_MENTOR.EXPERIENCE_YEARS, MentorProfileV1::experienceYears),
            column(DIRECTORY_MENTOR.ACCOUNT_KEY, MentorProfileV1::accountKey),
            column(DIRECTORY_MENTOR.PREFERRED_MENTEE_AGE, MentorProfileV1::preferredMenteeAge),
            column(DIRECTORY_MENTOR.TIME_AVAILABLE, MentorProfileV1::timeAvailable),
            column(DIRECTORY_MENTOR.ACCEPTING_REQUESTS, MentorProfileV1::takesNewMentees),
            column(DIRECTORY_MENTOR.OWN_STRENGTHS, p -> array(p.ownStrengths())),
            column(DIRECTORY_MENTOR.FORMATS, p -> array(p.formats())));

    private final DSLContext sql;
    private final Map<Integer, FixedShapeStatement> upserts = new ConcurrentHashMap<>();

    DirectoryRepository(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Each profile inserted, or replacing the stored one only when its revision is newer; at most one
     * profile per mentor (a statement cannot change a row twice). Up to {@value #ROWS_PER_STATEMENT}
     * profiles go in one statement, and the statement of each row count is rendered once (ADR 0029): a
     * poll of a few profiles arrives many times a second.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsertAllIfNewer(List<MentorProfileV1> profiles) {
        for (int from = 0; from < profiles.size(); from += ROWS_PER_STATEMENT) {
            List<MentorProfileV1> chunk = profiles.subList(from, Math.min(profiles.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * (COLUMNS.size() + 1));
            chunk.forEach(p -> values.addAll(values(p)));
            upserts.computeIfAbsent(chunk.size(), this::upsertOf).execute(values.toArray());
        }
    }

    /** The mentor's id, then the values of {@link #COLUMNS} in their order, as {@link #row} names them. */
    private static List<Object> values(MentorProfileV1 p) {
        List<Object> values = new ArrayList<>(COLUMNS.size() + 1);
        values.add(p.id());
        COLUMNS.forEach(column -> values.add(column.getValue().apply(p)));
        return values;
    }

    private FixedShapeStatement upsertOf(int rows) {
        var d = DIRECTORY_MENTOR;
        List<String> names = new ArrayList<>();
        var insert = sql.insertInto(d).set(row(0, names));
        for (int i = 1; i < rows; i++) {
            insert = insert.newRecord().set(row(i, names));
        }
        Map<Field<?>, Object> fromExcluded = new LinkedHashMap<>();
        COLUMNS.forEach(column -> fromExcluded.put(column.getKey(), excluded(column.getKey())));
        fromExcluded.put(d.UPDATED_AT, excluded(d.UPDATED_AT));
        return FixedShapeStatement.of(sql, insert.onConflict(d.ID)
                .doUpdate()
                .set(fromExcluded)
                .where(d.REVISION.lt(excluded(d.REVISION))), names.toArray(String[]::new));
    }

    private static Map<Field<?>, Object> row(int index, List<String> names) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(DIRECTORY_MENTOR.ID, named(index, DIRECTORY_MENTOR.ID, names));
        COLUMNS.forEach(column -> row.put(column.getKey(), named(index, column.getKey(), names)));
        row.put(DIRECTORY_MENTOR.UPDATED_AT, currentOffsetDateTime());
        return row;
    }

    private static Field<?> named(int row, Field<?> column, List<String> names) {
        String name = "r" + row + "." + column.getName();
        names.add(name);
        return param(name, column.getDataType());
    }

    private static Map.Entry<Field<?>, Function<MentorProfileV1, Object>> column(Field<?> field,
                                                                             Function<MentorProfileV1, Object> value) {
        return Map.entry(field, value);
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
