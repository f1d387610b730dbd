package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/** The directory read for pairs and matching, under the same visibility as the directory page. */
@Singleton
class MentorLookupQueries {

    private static final ru.mentoring.school.jooq.tables.DirectoryMentor D = DIRECTORY_MENTOR;

    private final DSLContext sql;

    MentorLookupQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** @param ids the mentors wanted, or null for all; {@code takingMentees} only those a pair could have now */
    @Transactional(readOnly = true)
    List<DirectoryEntry> visible(String schoolId, @Nullable Collection<UUID> ids, boolean takingMentees) {
        Condition where = D.ACTIVE.isTrue().and(visibleTo(schoolId));
        if (ids != null) {
            where = where.and(D.ID.in(ids));
        }
        if (takingMentees) {
            where = where.and(D.ACCEPTING_REQUESTS.isTrue()).and(D.CAPACITY.gt(D.ACTIVE_ASSIGNMENTS));
        }
        return sql.selectFrom(D).where(where).orderBy(D.FULL_NAME).fetch(this::entry);
    }

    @Transactional(readOnly = true)
    Optional<DirectoryEntry> byAccountKey(String accountKey) {
        return sql.selectFrom(D).where(D.ACCOUNT_KEY.eq(accountKey), D.ACTIVE.isTrue()).limit(1).fetchOptional(this::entry);
    }

    /** Municipal mentors, the school's own, and network mentors shared with this school. */
    static Condition visibleTo(String schoolId) {
        return D.VISIBILITY.eq(MentorVisibility.MUNICIPAL.name())
                .or(D.HOME_SCHOOL_ID.eq(schoolId))
                .or(D.VISIBILITY.eq(MentorVisibility.NETWORK.name()).and(D.SHARED_WITH_SCHOOL_IDS.contains(new String[] {schoolId})));
    }

    private DirectoryEntry entry(Record r) {
        int capacity = r.get(D.CAPACITY);
        return new DirectoryEntry(r.get(D.ID), r.get(D.FULL_NAME), MentorKind.valueOf(r.get(D.KIND)),
                MentorVisibility.valueOf(r.get(D.VISIBILITY)), r.get(D.HOME_SCHOOL_ID), r.get(D.ORGANISATION),
                r.get(D.POSITION), List.of(r.get(D.SUBJECTS)), List.of(r.get(D.STRENGTHS)), List.of(r.get(D.OWN_STRENGTHS)), List.of(r.get(D.FORMS)),
                capacity, Math.max(0, capacity - r.get(D.ACTIVE_ASSIGNMENTS)), r.get(D.ACCEPTING_REQUESTS),
                r.get(D.EXPERIENCE_YEARS), r.get(D.PREFERRED_MENTEE_AGE), r.get(D.TIME_AVAILABLE), r.get(D.ACCOUNT_KEY));
    }
}
