package ru.mentoring.school.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;
import static ru.mentoring.school.jooq.Routines.directoryMatching;
import static ru.mentoring.school.jooq.Routines.directoryWordsMatch;
import static ru.mentoring.school.jooq.Tables.DIRECTORY_MENTOR;

/**
 * What one school may see of the shared mentor base — municipal mentors, mentors shared through the
 * network projects the school belongs to, and its own — searched by strengths, form, subject, kind,
 * free seats and text. Text is compared in Russian word forms by the database (V100): the words of the
 * query, each as the beginning of a word, in the words of the field. Each hit says what matched.
 */
@Singleton
class DirectoryQueries {

    private static final ru.mentoring.school.jooq.tables.DirectoryMentor D = DIRECTORY_MENTOR;
    private static final Field<Integer> FREE_SEATS = D.CAPACITY.minus(D.ACTIVE_ASSIGNMENTS);

    private final DSLContext sql;

    DirectoryQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<DirectoryMentor> visibleTo(String schoolId, DirectoryFilter filter) {
        Condition sharedWithSchool = D.VISIBILITY.eq(MentorVisibility.NETWORK.name())
                .and(D.SHARED_WITH_SCHOOL_IDS.contains(new String[] {schoolId}));
        return find(D.VISIBILITY.eq(MentorVisibility.MUNICIPAL.name()).or(D.HOME_SCHOOL_ID.eq(schoolId)).or(sharedWithSchool),
                filter);
    }

    /** The municipal view, for a methodist who belongs to no school: every mentor of the bank. */
    @Transactional(readOnly = true)
    List<DirectoryMentor> everything(DirectoryFilter filter) {
        return find(noCondition(), filter);
    }

    private List<DirectoryMentor> find(Condition visible, DirectoryFilter f) {
        List<Condition> where = new ArrayList<>(List.of(D.ACTIVE.isTrue(), visible));
        if (f.strength() != null) {
            where.add(condition(directoryWordsMatch(D.STRENGTH_WORDS, val(f.strength()))));
        }
        if (f.subject() != null) {
            where.add(condition(directoryWordsMatch(D.SUBJECT_WORDS, val(f.subject()))));
        }
        if (f.form() != null) {
            where.add(D.FORMS.contains(new String[] {f.form().strip().toUpperCase(Locale.ROOT)}));
        }
        if (f.format() != null) {
            where.add(D.FORMATS.contains(new String[] {f.format().strip().toUpperCase(Locale.ROOT)}));
        }
        if (f.kind() != null) {
            where.add(D.KIND.eq(f.kind().name()));
        }
        if (f.minFreeSeats() != null) {
            where.add(D.ACCEPTING_REQUESTS.isTrue().and(FREE_SEATS.ge(f.minFreeSeats())));
        }
        if (f.q() != null) {
            // a name is also found by any part of it («Иван» finds «Иванова»)
            where.add(condition(directoryWordsMatch(D.ALL_WORDS, val(f.q()))).or(D.FULL_NAME.containsIgnoreCase(f.q())));
        }
        List<Field<?>> fields = new ArrayList<>(List.of(D.ID, D.FULL_NAME, D.KIND, D.HOME_SCHOOL_ID, D.ORGANISATION,
                D.POSITION, D.SUBJECTS, D.STRENGTHS, D.OWN_STRENGTHS, D.FORMS, D.FORMATS, D.CAPACITY,
                D.ACTIVE_ASSIGNMENTS, D.VISIBILITY, D.ACCEPTING_REQUESTS, D.EXPERIENCE_YEARS));
        fields.add(hits(D.STRENGTHS, f.strength(), "strength_hits"));
        fields.add(hits(D.STRENGTHS, f.q(), "strength_text_hits"));
        fields.add(hits(D.OWN_STRENGTHS, f.strength(), "own_hits"));
        fields.add(hits(D.OWN_STRENGTHS, f.q(), "own_text_hits"));
        fields.add(hits(D.SUBJECTS, f.subject(), "subject_hits"));
        fields.add(hits(D.SUBJECTS, f.q(), "subject_text_hits"));
        fields.add(hits(array(D.FULL_NAME, coalesce(D.POSITION, ""), coalesce(D.ORGANISATION, "")), f.q(), "other_hits"));
        return sql.select(fields).from(D)
                .where(where)
                .orderBy(D.FULL_NAME)
                .fetch(r -> toMentor(r, f));
    }

    /** The items the text finds, in the row: what a hit says it matched (nothing when no text was given). */
    private static Field<String[]> hits(Field<String[]> items, String text, String alias) {
        return (text == null ? val(new String[0]) : directoryMatching(items, val(text))).as(alias);
    }

    private DirectoryMentor toMentor(Record r, DirectoryFilter f) {
        int capacity = r.get(D.CAPACITY);
        boolean accepting = r.get(D.ACCEPTING_REQUESTS);
        int free = accepting ? Math.max(0, capacity - r.get(D.ACTIVE_ASSIGNMENTS)) : 0;
        return new DirectoryMentor(r.get(D.ID), r.get(D.FULL_NAME), MentorKind.valueOf(r.get(D.KIND)),
                MentorVisibility.valueOf(r.get(D.VISIBILITY)), capacity, free, r.get(D.HOME_SCHOOL_ID),
                r.get(D.ORGANISATION), r.get(D.POSITION), List.of(r.get(D.SUBJECTS)), List.of(r.get(D.STRENGTHS)),
                List.of(r.get(D.OWN_STRENGTHS)), List.of(r.get(D.FORMS)), List.of(r.get(D.FORMATS)), accepting,
                r.get(D.EXPERIENCE_YEARS), matches(r, f, free));
    }

    private static List<DirectoryMentor.Match> matches(Record r, DirectoryFilter f, int free) {
        List<DirectoryMentor.Match> found = new ArrayList<>();
        for (String s : hits(r, "strength_hits", "strength_text_hits")) {
            found.add(new DirectoryMentor.Match("strength", s, "сильная сторона: " + s));
        }
        for (String s : hits(r, "own_hits", "own_text_hits")) {
            found.add(new DirectoryMentor.Match("ownStrength", s, "сильная сторона (своими словами): " + s));
        }
        for (String s : hits(r, "subject_hits", "subject_text_hits")) {
            found.add(new DirectoryMentor.Match("subject", s, "предмет: " + s));
        }
        List<String> other = hits(r, "other_hits");
        String name = r.get(D.FULL_NAME);
        if (other.contains(name) || (f.q() != null && name.toLowerCase(Locale.ROOT)
                .contains(f.q().strip().toLowerCase(Locale.ROOT)))) {
            found.add(new DirectoryMentor.Match("name", name, "ФИО: " + name));
        }
        if (r.get(D.POSITION) != null && other.contains(r.get(D.POSITION))) {
            found.add(new DirectoryMentor.Match("position", r.get(D.POSITION), "должность: " + r.get(D.POSITION)));
        }
        if (r.get(D.ORGANISATION) != null && other.contains(r.get(D.ORGANISATION))) {
            found.add(new DirectoryMentor.Match("organisation", r.get(D.ORGANISATION),
                    "место работы: " + r.get(D.ORGANISATION)));
        }
        if (f.form() != null) {
            found.add(new DirectoryMentor.Match("form", f.form().strip().toUpperCase(Locale.ROOT), "форма наставничества"));
        }
        if (f.format() != null) {
            found.add(new DirectoryMentor.Match("format", f.format().strip().toUpperCase(Locale.ROOT), "вид наставничества"));
        }
        if (f.kind() != null) {
            found.add(new DirectoryMentor.Match("kind", f.kind().name(), "категория наставника"));
        }
        if (f.minFreeSeats() != null) {
            found.add(new DirectoryMentor.Match("freeSeats", String.valueOf(free), "свободных мест: " + free));
        }
        return found;
    }

    /** The distinct items found by either search, in order. */
    private static List<String> hits(Record r, String... names) {
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        for (String name : names) {
            String[] value = r.get(name, String[].class);
            if (value != null) {
                found.addAll(Arrays.asList(value));
            }
        }
        return List.copyOf(found);
    }
}
