package ru.mentoring.portal.completion;

import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

/** The mentor's or the mentee's own assessment of the pair's work; given again, it replaces the earlier one. */
record AssessmentPage(PairHeader header, AssessmentForm form, FormErrors errors) implements PageModel {

    public boolean mentee() {
        return header.side() == Side.MENTEE;
    }

    @Override
    public String view() {
        return "pair-assessment";
    }

    @Override
    public String title() {
        return mentee() ? "Моя оценка работы с наставником" : "Оценка работы пары наставником";
    }
}
