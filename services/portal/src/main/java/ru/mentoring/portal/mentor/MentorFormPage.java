package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * «Новый наставник» and «Изменение профиля наставника»: one form for both, with the bank's catalogues
 * and schools to pick from. {@code id} is null for a new mentor. A retired competency, form or kind the
 * mentor already has stays a choice of this mentor's form.
 */
record MentorFormPage(@Nullable UUID id, ProfileForm form, FormErrors errors, List<Option> kinds, List<Option> schools,
                      List<Option> strengths, List<Option> ownStrengths, List<Option> forms, List<Option> formats,
                      List<Option> visibilities) implements PageModel {

    static MentorFormPage of(@Nullable UUID id, ProfileForm form, FormErrors errors, Schools schools,
                             List<Catalogue.Entry> competencies, List<Catalogue.Entry> mentoringForms,
                             List<Catalogue.Entry> formats) {
        return new MentorFormPage(id, form, errors, MentorLabels.kinds(form.kind()),
                Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label,
                        s -> s.id().equals(form.homeSchoolId())),
                Option.of(offeredOrHeld(competencies, c -> form.hasStrength(c.code(), c.title())),
                        Catalogue.Entry::title, MentorFormPage::label, c -> form.hasStrength(c.code(), c.title())),
                Option.of(form.ownStrengths() == null ? List.of() : form.ownStrengths(), p -> p, p -> p,
                        form::hasOwnStrength),
                Option.of(offeredOrHeld(mentoringForms, f -> form.hasForm(f.code(), f.title())),
                        Catalogue.Entry::code, MentorFormPage::label, f -> form.hasForm(f.code(), f.title())),
                Option.of(offeredOrHeld(formats, f -> form.hasFormat(f.code())), Catalogue.Entry::code,
                        MentorFormPage::label, f -> form.hasFormat(f.code())),
                MentorLabels.visibilities(form.visibility()));
    }

    public boolean isNew() {
        return id == null;
    }

    /** Where the form is sent: the bank's new mentor or this mentor's change. */
    public String action() {
        return isNew() ? "/mentors/new" : "/bank/" + id + "/edit";
    }

    public String back() {
        return isNew() ? "/bank" : "/bank/" + id;
    }

    private static List<Catalogue.Entry> offeredOrHeld(List<Catalogue.Entry> entries,
                                                       java.util.function.Predicate<Catalogue.Entry> held) {
        return entries.stream().filter(e -> e.isActive() || held.test(e)).toList();
    }

    private static String label(Catalogue.Entry entry) {
        return entry.isActive() ? entry.title() : entry.title() + " (выведено из справочника)";
    }

    @Override
    public String view() {
        return "mentor-form";
    }

    @Override
    public String title() {
        return isNew() ? "Новый наставник" : "Изменение профиля наставника";
    }
}
