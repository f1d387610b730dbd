package ru.mentoring.mentorbank.catalogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY;
import static ru.mentoring.mentorbank.jooq.Tables.FORM_VARIANT;
import static ru.mentoring.mentorbank.jooq.Tables.MENTORING_FORM;

/** The managed lists as the catalogue tables hold them. */
@Singleton
class CatalogueQueries {

    private final DSLContext sql;

    CatalogueQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<Catalogue.Entry> competencies(boolean activeOnly) {
        return sql.select(COMPETENCY.CODE, COMPETENCY.TITLE, COMPETENCY.ACTIVE).from(COMPETENCY)
                .where(activeOnly ? COMPETENCY.ACTIVE.isTrue() : COMPETENCY.ACTIVE.isNotNull())
                .orderBy(COMPETENCY.TITLE)
                .fetch(r -> new Catalogue.Entry(r.value1(), r.value2(), List.of(), r.value3()));
    }

    @Transactional(readOnly = true)
    List<Catalogue.Entry> forms(boolean activeOnly) {
        Map<String, List<String>> variants = sql.select(FORM_VARIANT.FORM_CODE, FORM_VARIANT.TITLE).from(FORM_VARIANT)
                .orderBy(FORM_VARIANT.TITLE)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return sql.select(MENTORING_FORM.CODE, MENTORING_FORM.TITLE, MENTORING_FORM.ACTIVE).from(MENTORING_FORM)
                .where(activeOnly ? MENTORING_FORM.ACTIVE.isTrue() : MENTORING_FORM.ACTIVE.isNotNull())
                .orderBy(MENTORING_FORM.TITLE)
                .fetch(r -> new Catalogue.Entry(r.value1(), r.value2(), variants.getOrDefault(r.value1(), List.of()),
                        r.value3()));
    }
}
