package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * «Новый наставляемый» and «Изменение сведений»: one form for both. The request category is picked from
 * the school's request map; a retired category stays selectable only for the mentee who already has it.
 */
record MenteeFormPage(@Nullable UUID id, String heading, String action, MenteeForm form, FormErrors errors,
                      List<Option> kinds, List<Option> categories, List<Option> sources) implements PageModel {

    static MenteeFormPage of(@Nullable UUID id, MenteeForm form, FormErrors errors,
                             List<Mentees.Category> categories) {
        String chosen = form.requestCategory() == null ? "" : form.requestCategory().strip();
        List<Option> requestOptions = categories.stream().filter(c -> c.active() || c.code().equals(chosen))
                .map(c -> new Option(c.code(), c.active() ? c.title() : c.title() + " (не используется)",
                        c.code().equals(chosen)))
                .toList();
        return new MenteeFormPage(id, id == null ? "Новый наставляемый" : "Изменение сведений о наставляемом",
                id == null ? "/mentees/new" : "/mentees/" + id + "/edit", form, errors,
                MenteeLabels.kinds(form.kind()), requestOptions, MenteeLabels.sources(form.source()));
    }

    @Override
    public String view() {
        return "mentee-form";
    }

    @Override
    public String title() {
        return heading;
    }
}
