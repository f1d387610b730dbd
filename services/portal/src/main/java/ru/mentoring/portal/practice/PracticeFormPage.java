package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Подать практику» / «Изменить практику»: the whole practice in one form, a draft or straight to review. */
record PracticeFormPage(@Nullable String id, PracticeFormFields form, FormErrors errors, List<Option> forms,
                        List<Option> competencies, List<Option> levels) implements PageModel {

    @Override
    public String view() {
        return "practice-form";
    }

    @Override
    public String title() {
        return id == null ? "Подать практику" : "Изменить практику";
    }

    public String action() {
        return id == null ? "/practices/new" : "/practices/" + id + "/edit";
    }

    public String back() {
        return id == null ? "/practices" : "/practices/" + id;
    }

    public boolean declared() {
        return "true".equals(form.noPupilData());
    }
}
