package ru.mentoring.portal.mentor;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Новый наставник»: the short form that registers a mentor in the municipal bank. */
record NewMentorPage(NewMentorForm form, FormErrors errors, List<Option> kinds) implements PageModel {

    static NewMentorPage of(NewMentorForm form, FormErrors errors) {
        return new NewMentorPage(form, errors, MentorLabels.kinds(form.kind()));
    }

    @Override
    public String view() {
        return "mentor-form";
    }

    @Override
    public String title() {
        return "Новый наставник";
    }
}
