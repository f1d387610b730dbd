package ru.mentoring.school.form;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;

/** The forms of mentoring by code, with the titles school documents print («учитель – учитель»). */
@Singleton
public class FormTitles {

    private final FormTitleQueries queries;
    private volatile Map<String, String> titles;

    FormTitles(FormTitleQueries queries) {
        this.queries = queries;
    }

    /** Every known form, code → title, in the order documents list them. */
    @Transactional(readOnly = true)
    public Map<String, String> all() {
        Map<String, String> known = titles;
        if (known == null) {
            known = queries.all();
            titles = known;
        }
        return known;
    }

    public boolean exists(String code) {
        return all().containsKey(code);
    }

    /** The title for a code; an unknown code is shown as it is rather than hidden. */
    public String title(String code) {
        return all().getOrDefault(code, code);
    }
}
