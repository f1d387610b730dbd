package ru.mentoring.portal.completion;

import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Завершение наставничества»: results, mutual assessment, decision, and a teacher pair's readiness verdict. */
record CompletionPage(PairHeader header, CompletionForm form, FormErrors errors, List<Option> decisions,
                      List<Option> readiness) implements PageModel {

    static CompletionPage of(PairHeader header, CompletionForm form, FormErrors errors) {
        return new CompletionPage(header, form, errors, WorkLabels.options(WorkLabels.DECISIONS, form.decision()),
                WorkLabels.options(WorkLabels.READINESS, form.readiness()));
    }

    /** The mentee's score is the mentee's own or the curator's entry, never the mentor's. */
    public boolean asksMenteeScore() {
        return header.side() != ru.mentoring.portal.pairwork.Side.MENTOR;
    }

    @Override
    public String view() {
        return "pair-completion";
    }

    @Override
    public String title() {
        return "Завершение наставничества";
    }
}
