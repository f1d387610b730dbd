package ru.mentoring.portal.mentee;

import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Карта запросов»: the school's categories of requests with how many mentees of the base have each; a
 * category is retired rather than deleted, so the mentees who have it keep it.
 */
record RequestMapPage(List<Row> rows, int withoutCategory, CategoryForm form, FormErrors errors) implements PageModel {

    static RequestMapPage of(List<Mentees.Category> categories, List<Mentees.Mentee> base, CategoryForm form,
                             FormErrors errors) {
        List<Row> rows = categories.stream().map(c -> new Row(c.code(), c.title(), c.active(),
                base.stream().filter(m -> c.code().equals(m.requestCategory())).count())).toList();
        int without = (int) base.stream().filter(m -> m.requestCategory() == null || m.requestCategory().isBlank())
                .count();
        return new RequestMapPage(rows, without, form, errors);
    }

    @Override
    public String view() {
        return "request-map";
    }

    @Override
    public String title() {
        return "Карта запросов";
    }

    record Row(String code, String title, boolean active, long mentees) {
    }
}
