package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.school.jooq.Tables.LIBRARY_PRACTICE;

/** What plan tasks may link: the published practices of the library, by title. */
@Singleton
class LibraryPracticeQueries {

    private final DSLContext sql;

    LibraryPracticeQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Serdeable
    record Practice(UUID id, String title, @Nullable String form, @Nullable Integer year) {
    }

    @Transactional(readOnly = true)
    Map<UUID, String> titles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> titles = new HashMap<>();
        sql.select(LIBRARY_PRACTICE.ID, LIBRARY_PRACTICE.TITLE).from(LIBRARY_PRACTICE).where(LIBRARY_PRACTICE.ID.in(ids))
                .forEach(r -> titles.put(r.value1(), r.value2()));
        return titles;
    }

    /** Newest first; with words, those whose title holds them (any case). */
    @Transactional(readOnly = true)
    List<Practice> search(@Nullable String q, @Nullable String form) {
        var l = LIBRARY_PRACTICE;
        var where = org.jooq.impl.DSL.noCondition();
        if (q != null && !q.isBlank()) {
            for (String word : q.strip().split("\\s+")) {
                where = where.and(l.TITLE.containsIgnoreCase(word));
            }
        }
        if (form != null && !form.isBlank()) {
            where = where.and(l.FORM.eq(form.strip()));
        }
        return sql.select(l.ID, l.TITLE, l.FORM, l.YEAR).from(l).where(where).orderBy(l.PUBLISHED_AT.desc()).limit(50)
                .fetch(r -> new Practice(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
