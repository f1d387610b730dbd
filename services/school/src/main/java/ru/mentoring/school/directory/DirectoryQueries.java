package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;

import static org.jooq.impl.DSL.noCondition;
import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/**
 * What one school may see of the shared mentor base: municipal mentors, mentors shared through the
 * network projects the school belongs to, and its own.
 */
@Singleton
class DirectoryQueries {

    private static final ru.mentoring.school.jooq.tables.DirectoryMentor D = DIRECTORY_MENTOR;

    private final DSLContext sql;

    DirectoryQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<DirectoryMentor> visibleTo(String schoolId, @Nullable String nameContains) {
        Condition sharedWithSchool = D.VISIBILITY.eq(MentorVisibility.NETWORK.name())
                .and(D.SHARED_WITH_SCHOOL_IDS.contains(new String[] {schoolId}));
        return find(D.VISIBILITY.eq(MentorVisibility.MUNICIPAL.name()).or(D.HOME_SCHOOL_ID.eq(schoolId)).or(sharedWithSchool),
                nameContains);
    }

    /** The municipal view, for a methodist who belongs to no school. */
    @Transactional(readOnly = true)
    List<DirectoryMentor> everything(@Nullable String nameContains) {
        return find(noCondition(), nameContains);
    }

    private List<DirectoryMentor> find(Condition visible, @Nullable String nameContains) {
        Condition search = nameContains == null || nameContains.isBlank()
                ? noCondition()
                : D.FULL_NAME.containsIgnoreCase(nameContains.strip());
        return sql.select(D.ID, D.FULL_NAME, D.KIND, D.HOME_SCHOOL_ID, D.ORGANISATION, D.POSITION, D.SUBJECTS,
                        D.STRENGTHS, D.CAPACITY, D.ACTIVE_ASSIGNMENTS, D.VISIBILITY)
                .from(D)
                .where(D.ACTIVE.isTrue()).and(visible).and(search)
                .orderBy(D.FULL_NAME)
                .fetch(this::toMentor);
    }

    private DirectoryMentor toMentor(Record r) {
        int capacity = r.get(D.CAPACITY);
        return new DirectoryMentor(r.get(D.ID), r.get(D.FULL_NAME), MentorKind.valueOf(r.get(D.KIND)),
                MentorVisibility.valueOf(r.get(D.VISIBILITY)), capacity, Math.max(0, capacity - r.get(D.ACTIVE_ASSIGNMENTS)),
                r.get(D.HOME_SCHOOL_ID), r.get(D.ORGANISATION), r.get(D.POSITION), List.of(r.get(D.SUBJECTS)),
                List.of(r.get(D.STRENGTHS)));
    }
}
