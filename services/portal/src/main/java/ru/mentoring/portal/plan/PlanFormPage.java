package ru.mentoring.portal.plan;

import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

/** The plan's difficulties and goals; saving a draft adopts the form's template with its tasks. */
record PlanFormPage(PairHeader header, boolean draft, int tasks, PlanForm form, FormErrors errors) implements PageModel {

    @Override
    public String view() {
        return "plan-form";
    }

    @Override
    public String title() {
        return draft ? "План развития: заполнение" : "План развития: затруднения и цели";
    }
}
