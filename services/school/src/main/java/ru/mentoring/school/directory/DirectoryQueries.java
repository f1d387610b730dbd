package ru.mentoring.school.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

/**
 * What one school may see of the shared mentor base: municipal mentors, mentors shared through the
 * network projects the school belongs to, and its own.
 */
@Singleton
class DirectoryQueries {

    private static final Field<UUID> ID = field(name("id"), UUID.class);
    private static final Field<String> FULL_NAME = field(name("full_name"), String.class);
    private static final Field<String> KIND = field(name("kind"), String.class);
    private static final Field<String> HOME_SCHOOL = field(name("home_school_id"), String.class);
    private static final Field<String> ORGANISATION = field(name("organisation"), String.class);
    private static final Field<String> POSITION = field(name("position"), String.class);
    private static final Field<JSONB> SUBJECTS = field(name("subjects"), JSONB.class);
    private static final Field<JSONB> STRENGTHS = field(name("strengths"), JSONB.class);
    private static final Field<Integer> CAPACITY = field(name("capacity"), Integer.class);
    private static final Field<Integer> ASSIGNED = field(name("active_assignments"), Integer.class);
    private static final Field<String> VISIBILITY = field(name("visibility"), String.class);
    private static final Field<Boolean> ACTIVE = field(name("active"), Boolean.class);

    private final DSLContext sql;
    private final ObjectMapper json;

    DirectoryQueries(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional(readOnly = true)
    List<DirectoryMentor> visibleTo(String schoolId, String nameContains) {
        Condition sharedWithSchool = VISIBILITY.eq(MentorVisibility.NETWORK.name())
                .and(condition("shared_with_school_ids @> jsonb_build_array(cast({0} as text))", schoolId));
        return find(VISIBILITY.eq(MentorVisibility.MUNICIPAL.name()).or(HOME_SCHOOL.eq(schoolId)).or(sharedWithSchool),
                nameContains);
    }

    /** The municipal view, for a methodist who belongs to no school. */
    @Transactional(readOnly = true)
    List<DirectoryMentor> everything(String nameContains) {
        return find(noCondition(), nameContains);
    }

    private List<DirectoryMentor> find(Condition visible, String nameContains) {
        Condition search = nameContains == null || nameContains.isBlank()
                ? noCondition()
                : FULL_NAME.containsIgnoreCase(nameContains.strip());
        return sql.select(ID, FULL_NAME, KIND, HOME_SCHOOL, ORGANISATION, POSITION, SUBJECTS, STRENGTHS, CAPACITY,
                        ASSIGNED, VISIBILITY)
                .from(table(name("directory_mentor")))
                .where(ACTIVE.isTrue()).and(visible).and(search)
                .orderBy(FULL_NAME)
                .fetch(this::toMentor);
    }

    private DirectoryMentor toMentor(Record r) {
        int capacity = r.get(CAPACITY);
        return new DirectoryMentor(r.get(ID), r.get(FULL_NAME), MentorKind.valueOf(r.get(KIND)),
                MentorVisibility.valueOf(r.get(VISIBILITY)), capacity, Math.max(0, capacity - r.get(ASSIGNED)),
                r.get(HOME_SCHOOL), r.get(ORGANISATION), r.get(POSITION), list(r.get(SUBJECTS)), list(r.get(STRENGTHS)));
    }

    @SuppressWarnings("unchecked")
    private List<String> list(JSONB value) {
        try {
            return value == null ? List.of() : json.readValue(value.data(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
