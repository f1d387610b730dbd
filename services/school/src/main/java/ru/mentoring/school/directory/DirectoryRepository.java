package ru.mentoring.school.directory;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.sql.FixedShapeStatement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.param;
import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/** Writes of the directory read model; only the projection writes it. */
@Singleton
class DirectoryRepository {

    private static final int ROWS_PER_STATEMENT = 16;

    /** Every column a profile sets, the same for a new row and for a newer revision of a stored one. */
    private static final List<Field<?>> COLUMNS = List.of(DIRECTORY_MENTOR.REVISION, DIRECTORY_MENTOR.FULL_NAME,
            DIRECTORY_MENTOR.KIND, DIRECTORY_MENTOR.HOME_SCHOOL_ID, DIRECTORY_MENTOR.ORGANISATION, DIRECTORY_MENTOR.POSITION,
            DIRECTORY_MENTOR.SUBJECTS, DIRECTORY_MENTOR.STRENGTHS, DIRECTORY_MENTOR.CAPACITY,
            DIRECTORY_MENTOR.ACTIVE_ASSIGNMENTS, DIRECTORY_MENTOR.VISIBILITY, DIRECTORY_MENTOR.NETWORK_PROJECT_IDS,
            DIRECTORY_MENTOR.ACTIVE, DIRECTORY_MENTOR.SHARED_WITH_SCHOOL_IDS, DIRECTORY_MENTOR.FORMS,
            DIRECTORY_MENTOR.EXPERIENCE_YEARS, DIRECTORY_MENTOR.ACCOUNT_KEY, DIRECTORY_MENTOR.PREFERRED_MENTEE_AGE,
            DIRECTORY_MENTOR.TIME_AVAILABLE, DIRECTORY_MENTOR.ACCEPTING_REQUESTS, DIRECTORY_MENTOR.OWN_STRENGTHS,
            DIRECTORY_MENTOR.FORMATS);

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

    /** The mentor's id, then the values of {@link #COLUMNS} in their order. */
    private static List<Object> values(MentorProfileV1 p) {
        return Arrays.asList(p.id(), p.revision(), p.fullName(), p.kind().name(), p.homeSchoolId(), p.organisation(),
                p.position(), array(p.subjects()), array(p.strengths()), p.capacity(), p.activeAssignments(),
                p.visibility().name(), array(p.networkProjectIds()), p.active(), array(p.sharedWithSchoolIds()),
                array(p.forms()), p.experienceYears(), p.accountKey(), p.preferredMenteeAge(), p.timeAvailable(),
                p.takesNewMentees(), array(p.ownStrengths()), array(p.formats()));
    }

    private FixedShapeStatement upsertOf(int rows) {
        var d = DIRECTORY_MENTOR;
        List<String> names = new ArrayList<>();
        var insert = sql.insertInto(d).set(row(0, names));
        for (int i = 1; i < rows; i++) {
            insert = insert.newRecord().set(row(i, names));
        }
        Map<Field<?>, Object> fromExcluded = new LinkedHashMap<>();
        COLUMNS.forEach(column -> fromExcluded.put(column, excluded(column)));
        fromExcluded.put(d.UPDATED_AT, excluded(d.UPDATED_AT));
        return FixedShapeStatement.of(sql, insert.onConflict(d.ID)
                .doUpdate()
                .set(fromExcluded)
                .where(d.REVISION.lt(excluded(d.REVISION))), names.toArray(String[]::new));
    }

    private static Map<Field<?>, Object> row(int index, List<String> names) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(DIRECTORY_MENTOR.ID, named(index, DIRECTORY_MENTOR.ID, names));
        COLUMNS.forEach(column -> row.put(column, named(index, column, names)));
        row.put(DIRECTORY_MENTOR.UPDATED_AT, currentOffsetDateTime());
        return row;
    }

    private static Field<?> named(int row, Field<?> column, List<String> names) {
        String name = "r" + row + "." + column.getName();
        names.add(name);
        return param(name, column.getDataType());
    }

    private static String[] array(java.util.List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
