package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Предложить в библиотеку практик»: the draft's title and the mentees it may name — each by their
 * distribution consent, those without one marked so. {@code refusal}: why the pair cannot be proposed now
 * (not completed, proposed already), said instead of the form.
 */
record ProposalPage(PairHeader header, ProposalForm form, FormErrors errors, List<Option> participants,
                    @Nullable String refusal) implements PageModel {

    @Override
    public String view() {
        return "practice-proposal";
    }

    @Override
    public String title() {
        return "Предложить в библиотеку практик";
    }
}
