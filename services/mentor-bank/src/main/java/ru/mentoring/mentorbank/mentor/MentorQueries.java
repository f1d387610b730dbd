package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.unnest;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static ru.mentoring.mentorbank.jooq.Tables.MENTOR;

/**
 * "Choose a mentor by their strongest skills": the bank's search. Filters combine with AND;
 * the mentors with the most free seats come first.
 */
@Singleton
class MentorQueries {

    private static final Field<Integer> FREE_SEATS =
            MENTOR.CAPACITY.minus(MENTOR.ACTIVE_ASSIGNMENTS).minus(MENTOR.RESERVED_SEATS);

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
            // strengths are stored as the catalogue spells them, so the match is exact; own phrases by their text
            String own = filter.strength().strip().toLowerCase(Locale.ROOT);
            where.add(MENTOR.STRENGTHS.contains(new String[] {catalogue.competencyTitle(filter.strength())})
                    .or(anyElement(MENTOR.OWN_STRENGTHS, element -> lower(element).eq(own))));
        }
        if (filter.form() != null) {
            where.add(MENTOR.FORMS.contains(new String[] {catalogue.formCode(filter.form())}));
        }
        if (filter.format() != null) {
            where.add(MENTOR.FORMATS.contains(new String[] {catalogue.formatCode(filter.format())}));
        }
        if (filter.status() != null) {
            where.add(MENTOR.STATUS.eq(filter.status().name()));
        }
        if (filter.subject() != null) {
            String subject = filter.subject().strip().toLowerCase(Locale.ROOT);
            where.add(anyElement(MENTOR.SUBJECTS, element -> lower(element).eq(subject)));
        }
        if (filter.kind() != null) {
            where.add(MENTOR.KIND.eq(filter.kind().name()));
        }
        if (filter.school() != null) {
            where.add(MENTOR.HOME_SCHOOL_ID.eq(filter.school().strip()));
        }
        if (filter.visibility() != null) {
            where.add(MENTOR.VISIBILITY.eq(filter.visibility().name()));
        }
        if (filter.minFreeCapacity() != null) {
            where.add(FREE_SEATS.ge(filter.minFreeCapacity()));
        }
        if (filter.q() != null) {
            String text = filter.q().strip().toLowerCase(Locale.ROOT);
            where.add(lower(MENTOR.FULL_NAME).contains(text)
                    .or(lower(coalesce(MENTOR.ORGANISATION, "")).contains(text))
                    .or(lower(coalesce(MENTOR.POSITION, "")).contains(text))
                    .or(anyElement(MENTOR.STRENGTHS, element -> lower(element).contains(text)))
                    .or(anyElement(MENTOR.OWN_STRENGTHS, element -> lower(element).contains(text)))
                    .or(anyElement(MENTOR.SUBJECTS, element -> lower(element).contains(text))));
        }
        List<UUID> ids = sql.select(MENTOR.ID).from(MENTOR)
                .where(where)
                .orderBy(FREE_SEATS.desc(), MENTOR.FULL_NAME.asc())
                .limit(inline(filter.limit()))
                .fetch(MENTOR.ID);
        return inOrder(ids);
    }

    /** True when some element of the text[] column satisfies the test. */
    private static Condition anyElement(Field<String[]> list, java.util.function.Function<Field<String>, Condition> test) {
        var elements = unnest(list).as("elements", "element");
        return exists(selectOne().from(elements).where(test.apply(elements.field("element", String.class))));
    }

    @Transactional(readOnly = true)
    List<Mentor> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Mentor> byId = new HashMap<>();
        mentors.findByIdIn(ids).forEach(m -> byId.put(m.id(), m));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    List<UUID> idsByName(String text) {
        return sql.select(MENTOR.ID).from(MENTOR)
                .where(lower(MENTOR.FULL_NAME).contains(text.strip().toLowerCase(Locale.ROOT)))
                .fetch(MENTOR.ID);
    }

    @Transactional(readOnly = true)
    Optional<UUID> idByEmail(String email) {
        return sql.select(MENTOR.ID).from(MENTOR)
                .where(lower(MENTOR.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .orderBy(MENTOR.CREATED_AT)
                .limit(1)
                .fetchOptional(MENTOR.ID);
    }

    /** Every own phrase with the mentors who carry it, spelled as each mentor's sheet spelled it. */
    @Transactional(readOnly = true)
    List<OwnPhrase> ownStrengthHolders() {
        var own = unnest(MENTOR.OWN_STRENGTHS).as("own", "phrase");
        Field<String> phrase = own.field("phrase", String.class);
        return sql.select(phrase, MENTOR.ID, MENTOR.FULL_NAME).from(MENTOR, own)
                .orderBy(phrase, MENTOR.FULL_NAME)
                .fetch(r -> new OwnPhrase(r.value1(), r.value2(), r.value3()));
    }

    record OwnPhrase(String phrase, UUID mentorId, String fullName) {
    }

    record MentorFilter(@Nullable String strength, @Nullable String form, @Nullable String subject,
                        @Nullable MentorKind kind, @Nullable String school, @Nullable MentorVisibility visibility,
                        @Nullable Integer minFreeCapacity, @Nullable String q, int limit, @Nullable String format,
                        @Nullable MentorStatus status) {

        MentorFilter(String strength, String form, String subject, MentorKind kind, String school,
                     MentorVisibility visibility, Integer minFreeCapacity, String q, int limit) {
            this(strength, form, subject, kind, school, visibility, minFreeCapacity, q, limit, null, null);
        }
    }
}
