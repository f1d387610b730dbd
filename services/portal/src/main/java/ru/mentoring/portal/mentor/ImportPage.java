package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

/** «Импорт из Excel»: what the bank took from the file and which rows it refused, or why it took nothing. */
record ImportPage(@Nullable Mentors.ImportResult result, FormErrors errors) implements PageModel {

    @Override
    public String view() {
        return "bank-import";
    }

    @Override
    public String title() {
        return "Импорт из Excel";
    }
}
