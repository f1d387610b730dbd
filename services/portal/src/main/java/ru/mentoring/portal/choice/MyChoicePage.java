package ru.mentoring.portal.choice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.matching.Explained;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Выбор наставника», the mentee's side of mutual choice: their best mentors with each score explained and a
 * button to pick one, or why they cannot pick now.
 */
record MyChoicePage(String fullName, @Nullable String closed, List<Row> candidates, FormErrors errors) implements PageModel {

    /** One mentor: the explained score and the forms the two can work in (the one chosen before kept). */
    record Row(Explained mentor, List<Option> forms) {
    }

    @Override
    public String view() {
        return "my-choice";
    }

    @Override
    public String title() {
        return "Выбор наставника";
    }
}
