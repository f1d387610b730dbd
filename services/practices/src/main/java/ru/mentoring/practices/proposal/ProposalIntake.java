package ru.mentoring.practices.proposal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.practices.practice.ProposalDrafts;
import ru.mentoring.support.inbox.Inbox;

import java.util.List;

/**
 * Applies a proposal once (inbox) and opens its draft in the same transaction. A proposal that breaks
 * the contract (no title, no author, a school other than its envelope's) is logged and skipped: retrying
 * cannot fix it, and it must not hold back the proposals behind it.
 */
@Singleton
class ProposalIntake {

    static final String CONSUMER = "practices-proposals";
    private static final Logger LOG = LoggerFactory.getLogger(ProposalIntake.class);

    private final Inbox inbox;
    private final ProposalDrafts drafts;

    ProposalIntake(Inbox inbox, ProposalDrafts drafts) {
        this.inbox = inbox;
        this.drafts = drafts;
    }

    @Transactional
    void accept(EventEnvelope<PracticeProposalV1> event) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        List<String> problems = ProposalCheck.problems(event);
        if (!problems.isEmpty()) {
            LOG.error("proposal {} (event {}) skipped: {}", event.payload().proposalId(), event.eventId(), problems);
            return;
        }
        drafts.open(event.payload());
    }
}
