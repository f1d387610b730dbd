package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * "Choose a mentor by their strongest skills": the bank's search. Filters combine with AND;
 * the mentors with the most free seats come first.
 */
@Singleton
class MentorQueries {

    private static final Field<UUID> ID = field(name("id"), UUID.class);
    private static final Field<String> FULL_NAME = field(name("full_name"), String.class);

    private final DSLContext sql;
    private final MentorRepository mentors;
    private final Catalogue catalogue;

    MentorQueries(DSLContext sql, MentorRepository mentors, Catalogue catalogue) {
        this.sql = sql;
        this.mentors = mentors;
        this.catalogue = catalogue;
    }

    @Transactional(readOnly = true)
    List<Mentor> search(MentorFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (filter.strength() != null) {
            // strengths are stored as the catalogue spells them, so the match is exact
            where.add(condition("strengths @> jsonb_build_array(cast({0} as text))", catalogue.competencyTitle(filter.strength())));
        }
        if (filter.form() != null) {
            where.add(condition("forms @> jsonb_build_array(cast({0} as text))", catalogue.formCode(filter.form())));
        }
        if (filter.subject() != null) {
            where.add(condition("exists (select 1 from jsonb_array_elements_text(subjects) s where lower(s) = lower({0}))",
                    filter.subject().strip()));
        }
        if (filter.kind() != null) {
            where.add(field(name("kind"), String.class).eq(filter.kind().name()));
        }
        if (filter.school() != null) {
            where.add(field(name("home_school_id"), String.class).eq(filter.school().strip()));
        }
        if (filter.visibility() != null) {
            where.add(field(name("visibility"), String.class).eq(filter.visibility().name()));
        }
        if (filter.minFreeCapacity() != null) {
            where.add(condition("capacity - active_assignments - reserved_seats >= {0}", filter.minFreeCapacity()));
        }
        if (filter.q() != null) {
            String like = "%" + filter.q().strip().toLowerCase() + "%";
            where.add(condition("""
                    lower(full_name) like {0} or lower(coalesce(organisation, '')) like {0}
                    or lower(coalesce(position, '')) like {0} or lower(strengths::text) like {0}
                    or lower(subjects::text) like {0}""", like));
        }
        List<UUID> ids = sql.select(ID).from(table(name("mentor")))
                .where(where)
                .orderBy(field("capacity - active_assignments - reserved_seats").desc(), FULL_NAME.asc())
                .limit(inline(filter.limit()))
                .fetch(ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<UUID, Mentor>();
        mentors.findByIdIn(ids).forEach(m -> byId.put(m.id(), m));
        return ids.stream().map(byId::get).toList();
    }

    record MentorFilter(@Nullable String strength, @Nullable String form, @Nullable String subject,
                        @Nullable ru.mentoring.model.mentor.MentorKind kind, @Nullable String school,
                        @Nullable ru.mentoring.model.mentor.MentorVisibility visibility,
                        @Nullable Integer minFreeCapacity, @Nullable String q, int limit) {
    }
}
