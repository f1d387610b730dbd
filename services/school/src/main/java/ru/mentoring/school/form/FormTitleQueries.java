package ru.mentoring.school.form;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.Map;

import static ru.mentoring.school.jooq.Tables.FORM_TITLE;

@Singleton
class FormTitleQueries {

    private final DSLContext sql;

    FormTitleQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Map<String, String> all() {
        Map<String, String> titles = new LinkedHashMap<>();
        sql.selectFrom(FORM_TITLE).orderBy(FORM_TITLE.TITLE).forEach(r -> titles.put(r.getCode(), r.getTitle()));
        return titles;
    }
}
