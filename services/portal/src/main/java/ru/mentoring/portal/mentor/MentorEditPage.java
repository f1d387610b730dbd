package ru.mentoring.portal.mentor;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/** «Изменение профиля наставника»: the whole profile as a form, with the bank's catalogues to pick from. */
record MentorEditPage(UUID id, ProfileForm form, FormErrors errors, List<Option> kinds, List<Option> schools,
                      List<Option> strengths, List<Option> forms, List<Option> visibilities) implements PageModel {

    static MentorEditPage of(UUID id, ProfileForm form, FormErrors errors, Schools schools,
                             List<Catalogue.Entry> competencies, List<Catalogue.Entry> mentoringForms) {
        return new MentorEditPage(id, form, errors, MentorLabels.kinds(form.kind()),
                Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label,
                        s -> s.id().equals(form.homeSchoolId())),
                Option.of(competencies, Catalogue.Entry::title, Catalogue.Entry::title,
                        c -> form.hasStrength(c.code(), c.title())),
                Option.of(mentoringForms, Catalogue.Entry::code, Catalogue.Entry::title,
                        f -> form.hasForm(f.code(), f.title())),
                MentorLabels.visibilities(form.visibility()));
    }

    @Override
    public String view() {
        return "mentor-edit";
    }

    @Override
    public String title() {
        return "Изменение профиля наставника";
    }
}
