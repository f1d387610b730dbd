package ru.mentoring.portal.completion;

import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Предложить в библиотеку практик»: the draft's title and, for the curator (who keeps the consents), the
 * mentees it may name — each by their distribution consent, those without one marked so.
 */
record ProposalPage(PairHeader header, ProposalForm form, FormErrors errors, List<Option> participants)
        implements PageModel {

    public boolean curator() {
        return header.side() == Side.CURATOR;
    }

    @Override
    public String view() {
        return "practice-proposal";
    }

    @Override
    public String title() {
        return "Предложить в библиотеку практик";
    }
}
