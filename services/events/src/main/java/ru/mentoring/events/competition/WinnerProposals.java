package ru.mentoring.events.competition;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.support.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A winner's practice goes to the library as a draft (practice.proposed v1 on events.practice-proposal.v1,
 * keyed by the proposal id, which is derived from the entry so a retry proposes nothing twice). Only the
 * author — an adult mentor or teacher — is named; the library opens the draft and the author finishes it.
 */
@Singleton
class WinnerProposals {

    private final Outbox outbox;
    private final EventsZone zone;

    WinnerProposals(Outbox outbox, EventsZone zone) {
        this.outbox = outbox;
        this.zone = zone;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void propose(Event competition, Entry entry, String award, int year) {
        UUID proposalId = UUID.nameUUIDFromBytes(("competition-entry:" + entry.id()).getBytes(StandardCharsets.UTF_8));
        var proposal = new PracticeProposalV1(proposalId, PracticeProposalSource.COMPETITION_WINNER, entry.id().toString(),
                entry.schoolId(), entry.title(), null, entry.summary(), null, "Конкурс «" + competition.title() + "»: " + award,
                null, null, null, null, year, PracticeLevel.MUNICIPAL,
                List.of(new PracticeProposalV1.ProposedAuthor(entry.authorName(), null,
                        entry.email().isBlank() ? null : entry.email(), null)),
                null, "Победитель конкурса «" + competition.title() + "», " + award
                + ". Рекомендована для участия в конкурсах");
        var type = PracticeProposalEvents.FROM_COMPETITION_WINNER;
        outbox.append("practice-proposal", proposalId.toString(), type,
                new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), entry.schoolId(), zone.clock().instant(), proposal));
    }
}
