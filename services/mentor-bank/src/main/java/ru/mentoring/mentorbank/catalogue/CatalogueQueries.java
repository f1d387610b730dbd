package ru.mentoring.mentorbank.catalogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY;
import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY_SYNONYM;
import static ru.mentoring.mentorbank.jooq.Tables.FORM_SYNONYM;
import static ru.mentoring.mentorbank.jooq.Tables.FORM_VARIANT;
import static ru.mentoring.mentorbank.jooq.Tables.MENTORING_FORM;
import static ru.mentoring.mentorbank.jooq.Tables.MENTORING_FORMAT;

/** The managed lists as the catalogue tables hold them, retired entries included. */
@Singleton
class CatalogueQueries {

    private final DSLContext sql;

    CatalogueQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<Catalogue.Entry> competencies() {
        Map<String, List<String>> synonyms = sql.select(COMPETENCY_SYNONYM.COMPETENCY_CODE, COMPETENCY_SYNONYM.PHRASE_KEY)
                .from(COMPETENCY_SYNONYM).orderBy(COMPETENCY_SYNONYM.PHRASE_KEY).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return sql.select(COMPETENCY.CODE, COMPETENCY.TITLE, COMPETENCY.ACTIVE).from(COMPETENCY)
                .orderBy(COMPETENCY.TITLE)
                .fetch(r -> new Catalogue.Entry(r.value1(), r.value2(), List.of(), r.value3(), List.of(),
                        synonyms.getOrDefault(r.value1(), List.of())));
    }

    @Transactional(readOnly = true)
    List<Catalogue.Entry> forms() {
        Map<String, List<String>> active = variants(true);
        Map<String, List<String>> retired = variants(false);
        Map<String, List<String>> synonyms = sql.select(FORM_SYNONYM.FORM_CODE, FORM_SYNONYM.PHRASE_KEY)
                .from(FORM_SYNONYM).orderBy(FORM_SYNONYM.PHRASE_KEY).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return sql.select(MENTORING_FORM.CODE, MENTORING_FORM.TITLE, MENTORING_FORM.ACTIVE).from(MENTORING_FORM)
                .orderBy(MENTORING_FORM.TITLE)
                .fetch(r -> new Catalogue.Entry(r.value1(), r.value2(), active.getOrDefault(r.value1(), List.of()),
                        r.value3(), retired.getOrDefault(r.value1(), List.of()), synonyms.getOrDefault(r.value1(), List.of())));
    }

    @Transactional(readOnly = true)
    List<Catalogue.Entry> formats() {
        return sql.select(MENTORING_FORMAT.CODE, MENTORING_FORMAT.TITLE, MENTORING_FORMAT.ACTIVE).from(MENTORING_FORMAT)
                .orderBy(MENTORING_FORMAT.TITLE)
                .fetch(r -> new Catalogue.Entry(r.value1(), r.value2(), List.of(), r.value3(), List.of(), List.of()));
    }

    @Transactional(readOnly = true)
    Map<String, String> competencySynonyms() {
        return sql.select(COMPETENCY_SYNONYM.PHRASE_KEY, COMPETENCY_SYNONYM.COMPETENCY_CODE).from(COMPETENCY_SYNONYM)
                .fetchMap(COMPETENCY_SYNONYM.PHRASE_KEY, COMPETENCY_SYNONYM.COMPETENCY_CODE);
    }

    @Transactional(readOnly = true)
    Map<String, String> formSynonyms() {
        return sql.select(FORM_SYNONYM.PHRASE_KEY, FORM_SYNONYM.FORM_CODE).from(FORM_SYNONYM)
                .fetchMap(FORM_SYNONYM.PHRASE_KEY, FORM_SYNONYM.FORM_CODE);
    }

    @Transactional(readOnly = true)
    boolean variantExists(String formCode, String title) {
        return sql.fetchExists(FORM_VARIANT, FORM_VARIANT.FORM_CODE.eq(formCode), FORM_VARIANT.TITLE.eq(title));
    }

    private Map<String, List<String>> variants(boolean active) {
        return sql.select(FORM_VARIANT.FORM_CODE, FORM_VARIANT.TITLE).from(FORM_VARIANT)
                .where(FORM_VARIANT.ACTIVE.eq(active))
                .orderBy(FORM_VARIANT.TITLE)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), LinkedHashMap::new,
                        Collectors.mapping(r -> r.value2(), Collectors.toList())));
    }
}
