package ru.mentoring.portal.completion;

import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Досрочное прекращение»: the initiator, the reason from the school's list (active ones) and a comment. */
record TerminationPage(PairHeader header, TerminationForm form, FormErrors errors, List<Option> initiators,
                       List<Option> reasons) implements PageModel {

    static TerminationPage of(PairHeader header, TerminationForm form, FormErrors errors,
                              List<Completions.Reason> reasons) {
        return new TerminationPage(header, form, errors, WorkLabels.options(WorkLabels.INITIATORS, form.initiator()),
                Option.of(reasons.stream().filter(Completions.Reason::active).toList(), Completions.Reason::code,
                        Completions.Reason::title, r -> r.code().equals(form.reason())));
    }

    @Override
    public String view() {
        return "pair-termination";
    }

    @Override
    public String title() {
        return "Досрочное прекращение наставничества";
    }
}
