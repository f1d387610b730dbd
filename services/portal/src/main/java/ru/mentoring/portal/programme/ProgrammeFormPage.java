package ru.mentoring.portal.programme;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * The programme's form: «Новая программа наставничества» when the school year has none yet (its roadmap
 * is then prefilled from the seven stages), «Изменение программы» afterwards.
 */
record ProgrammeFormPage(String heading, String action, boolean starting, ProgrammeForm form, FormErrors errors,
                         List<Option> forms) implements PageModel {

    static ProgrammeFormPage start(ProgrammeForm form, FormErrors errors, List<Catalogue.Entry> catalogue) {
        return new ProgrammeFormPage("Новая программа наставничества", "/programme", true, form, errors,
                options(form, catalogue));
    }

    static ProgrammeFormPage edit(String id, ProgrammeForm form, FormErrors errors, List<Catalogue.Entry> catalogue) {
        return new ProgrammeFormPage("Изменение программы наставничества", "/programme/" + id + "/edit", false, form,
                errors, options(form, catalogue));
    }

    private static List<Option> options(ProgrammeForm form, List<Catalogue.Entry> catalogue) {
        return Option.of(catalogue, Catalogue.Entry::code, Catalogue.Entry::title, f -> form.runs(f.code()));
    }

    @Override
    public String view() {
        return "programme-form";
    }

    @Override
    public String title() {
        return heading;
    }
}
