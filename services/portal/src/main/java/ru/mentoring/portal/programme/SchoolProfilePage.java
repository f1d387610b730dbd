package ru.mentoring.portal.programme;

import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

/** «Сведения о школе»: the name and the director the school's documents print. */
record SchoolProfilePage(SchoolProfileForm form, FormErrors errors) implements PageModel {

    @Override
    public String view() {
        return "school-profile";
    }

    @Override
    public String title() {
        return "Сведения о школе";
    }
}
