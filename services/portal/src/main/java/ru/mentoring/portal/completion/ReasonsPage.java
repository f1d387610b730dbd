package ru.mentoring.portal.completion;

import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Причины прекращения»: the school's managed list of reasons for ending a pair early. A reason is retired
 * rather than deleted, so the pairs it ended keep it.
 */
record ReasonsPage(List<Completions.Reason> reasons, ReasonForm form, FormErrors errors) implements PageModel {

    @Override
    public String view() {
        return "termination-reasons";
    }

    @Override
    public String title() {
        return "Причины досрочного прекращения";
    }
}
