package ru.mentoring.mentorbank.catalogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The managed lists: competencies (strengths) and mentoring forms. Values outside them are refused. */
@Singleton
public class Catalogue {

    private final DSLContext sql;

    Catalogue(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<Entry> competencies() {
        return sql.fetch("select code, title from competency where active order by title")
                .map(r -> new Entry(r.get(0, String.class), r.get(1, String.class), List.of()));
    }

    @Transactional(readOnly = true)
    public List<Entry> forms() {
        return sql.fetch("""
                select f.code, f.title, coalesce(array_agg(v.title order by v.title) filter (where v.title is not null), '{}')
                from mentoring_form f left join form_variant v on v.form_code = f.code
                where f.active group by f.code, f.title order by f.title""")
                .map(r -> new Entry(r.get(0, String.class), r.get(1, String.class), List.of(r.get(2, String[].class))));
    }

    /** Strengths are competency titles as the methodist writes them; matching ignores case. */
    @Transactional(readOnly = true)
    public List<String> unknownCompetencies(Collection<String> titles) {
        return unknown(titles, "select code from competency where active union select title from competency where active");
    }

    /** Forms are given by code (TEACHER_TEACHER) or by title («учитель – учитель»). */
    @Transactional(readOnly = true)
    public List<String> unknownForms(Collection<String> forms) {
        return unknown(forms, "select code from mentoring_form where active union select title from mentoring_form where active");
    }

    /** The form's code for a code or a title, so the profile stores one spelling. */
    @Transactional(readOnly = true)
    public String formCode(String codeOrTitle) {
        return sql.fetch("select code, title from mentoring_form").stream()
                .filter(r -> same(r.get(0, String.class), codeOrTitle) || same(r.get(1, String.class), codeOrTitle))
                .map(r -> r.get(0, String.class)).findFirst().orElse(codeOrTitle.strip());
    }

    /** The competency's title as the catalogue spells it. */
    @Transactional(readOnly = true)
    public String competencyTitle(String title) {
        return sql.fetch("select code, title from competency").stream()
                .filter(r -> same(r.get(0, String.class), title) || same(r.get(1, String.class), title))
                .map(r -> r.get(1, String.class)).findFirst().orElse(title.strip());
    }

    /** Compared in Java: the database's own case rules depend on the cluster's locale. */
    private static boolean same(String known, String given) {
        return normalise(known).equals(normalise(given));
    }

    private static String normalise(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').replace('—', '–').replaceAll("\\s+", " ");
    }

    @Transactional
    public Entry addCompetency(String code, String title) {
        sql.execute("insert into competency (code, title) values (?, ?) on conflict (code) do update set title = excluded.title, active = true",
                code, title);
        return new Entry(code, title, List.of());
    }

    private List<String> unknown(Collection<String> values, String knownQuery) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<String> known = sql.fetch(knownQuery).stream().map(r -> normalise(r.get(0, String.class)))
                .collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            if (!known.contains(normalise(value))) {
                unknown.add(value);
            }
        }
        return unknown;
    }

    @io.micronaut.serde.annotation.Serdeable
    public record Entry(String code, String title, List<String> variants) {
    }
}
