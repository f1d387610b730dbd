package ru.mentoring.school.directory;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.mentoring.model.mentor.MentorProfileV1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/** Writes of the directory read model; only the projection writes it. */
@Singleton
class DirectoryRepository {

    private final DSLContext sql;

    private static String[] array(java.util.List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    DirectoryRepository(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Each profile inserted, or replacing the stored one only when its revision is newer, in one
     * statement; at most one profile per mentor (a statement cannot change a row twice).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsertAllIfNewer(List<MentorProfileV1> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        var d = DIRECTORY_MENTOR;
        Map<Field<?>, Object> first = profile(profiles.getFirst());
        var insert = sql.insertInto(d).set(d.ID, profiles.getFirst().id()).set(first);
        for (MentorProfileV1 p : profiles.subList(1, profiles.size())) {
            insert = insert.newRecord().set(d.ID, p.id()).set(profile(p));
        }
        Map<Field<?>, Object> fromExcluded = new LinkedHashMap<>();
        first.keySet().forEach(column -> fromExcluded.put(column, excluded(column)));
        insert.onConflict(d.ID)
                .doUpdate()
                .set(fromExcluded)
                .where(d.REVISION.lt(excluded(d.REVISION)))
                .execute();
    }

    /** Every column the profile sets, the same for a new row and for a newer revision of a stored one. */
    private static Map<Field<?>, Object> profile(MentorProfileV1 p) {
        var d = DIRECTORY_MENTOR;
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(d.REVISION, p.revision());
        columns.put(d.FULL_NAME, p.fullName());
        columns.put(d.KIND, p.kind().name());
        columns.put(d.HOME_SCHOOL_ID, p.homeSchoolId());
        columns.put(d.ORGANISATION, p.organisation());
        columns.put(d.POSITION, p.position());
        columns.put(d.SUBJECTS, array(p.subjects()));
        columns.put(d.STRENGTHS, array(p.strengths()));
        columns.put(d.CAPACITY, p.capacity());
        columns.put(d.ACTIVE_ASSIGNMENTS, p.activeAssignments());
        columns.put(d.VISIBILITY, p.visibility().name());
        columns.put(d.NETWORK_PROJECT_IDS, array(p.networkProjectIds()));
        columns.put(d.ACTIVE, p.active());
        columns.put(d.SHARED_WITH_SCHOOL_IDS, array(p.sharedWithSchoolIds()));
        columns.put(d.FORMS, array(p.forms()));
        columns.put(d.EXPERIENCE_YEARS, p.experienceYears());
        columns.put(d.ACCOUNT_KEY, p.accountKey());
        columns.put(d.PREFERRED_MENTEE_AGE, p.preferredMenteeAge());
        columns.put(d.TIME_AVAILABLE, p.timeAvailable());
        columns.put(d.ACCEPTING_REQUESTS, p.takesNewMentees());
        columns.put(d.OWN_STRENGTHS, array(p.ownStrengths()));
        columns.put(d.FORMATS, array(p.formats()));
        columns.put(d.UPDATED_AT, currentOffsetDateTime());
        return columns;
    }
}
