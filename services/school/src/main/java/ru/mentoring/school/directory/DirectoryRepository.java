package ru.mentoring.school.directory;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.mentor.MentorProfileV1;

import static org.jooq.impl.DSL.currentOffsetDateTime;
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

    /** Inserts the profile, or replaces the stored one only when this revision is newer. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsertIfNewer(MentorProfileV1 p) {
        var d = DIRECTORY_MENTOR;
        sql.insertInto(d)
                .set(d.ID, p.id())
                .set(d.REVISION, p.revision())
                .set(d.FULL_NAME, p.fullName())
                .set(d.KIND, p.kind().name())
                .set(d.HOME_SCHOOL_ID, p.homeSchoolId())
                .set(d.ORGANISATION, p.organisation())
                .set(d.POSITION, p.position())
                .set(d.SUBJECTS, array(p.subjects()))
                .set(d.STRENGTHS, array(p.strengths()))
                .set(d.CAPACITY, p.capacity())
                .set(d.ACTIVE_ASSIGNMENTS, p.activeAssignments())
                .set(d.VISIBILITY, p.visibility().name())
                .set(d.NETWORK_PROJECT_IDS, array(p.networkProjectIds()))
                .set(d.ACTIVE, p.active())
                .set(d.SHARED_WITH_SCHOOL_IDS, array(p.sharedWithSchoolIds()))
                .set(d.FORMS, array(p.forms()))
                .set(d.EXPERIENCE_YEARS, p.experienceYears())
                .set(d.ACCOUNT_KEY, p.accountKey())
                .set(d.PREFERRED_MENTEE_AGE, p.preferredMenteeAge())
                .set(d.TIME_AVAILABLE, p.timeAvailable())
                .set(d.ACCEPTING_REQUESTS, p.takesNewMentees())
                .set(d.OWN_STRENGTHS, array(p.ownStrengths()))
                .set(d.FORMATS, array(p.formats()))
                .set(d.UPDATED_AT, currentOffsetDateTime())
                .onConflict(d.ID)
                .doUpdate()
                .set(d.REVISION, p.revision())
                .set(d.FULL_NAME, p.fullName())
                .set(d.KIND, p.kind().name())
                .set(d.HOME_SCHOOL_ID, p.homeSchoolId())
                .set(d.ORGANISATION, p.organisation())
                .set(d.POSITION, p.position())
                .set(d.SUBJECTS, array(p.subjects()))
                .set(d.STRENGTHS, array(p.strengths()))
                .set(d.CAPACITY, p.capacity())
                .set(d.ACTIVE_ASSIGNMENTS, p.activeAssignments())
                .set(d.VISIBILITY, p.visibility().name())
                .set(d.NETWORK_PROJECT_IDS, array(p.networkProjectIds()))
                .set(d.ACTIVE, p.active())
                .set(d.SHARED_WITH_SCHOOL_IDS, array(p.sharedWithSchoolIds()))
                .set(d.FORMS, array(p.forms()))
                .set(d.EXPERIENCE_YEARS, p.experienceYears())
                .set(d.ACCOUNT_KEY, p.accountKey())
                .set(d.PREFERRED_MENTEE_AGE, p.preferredMenteeAge())
                .set(d.TIME_AVAILABLE, p.timeAvailable())
                .set(d.ACCEPTING_REQUESTS, p.takesNewMentees())
                .set(d.OWN_STRENGTHS, array(p.ownStrengths()))
                .set(d.FORMATS, array(p.formats()))
                .set(d.UPDATED_AT, currentOffsetDateTime())
                .where(d.REVISION.lt(p.revision()))
                .execute();
    }
}
