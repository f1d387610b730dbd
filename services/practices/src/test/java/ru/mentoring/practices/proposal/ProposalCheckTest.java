package ru.mentoring.practices.proposal;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.model.practice.PracticeProposalV1.ConsentedParticipant;
import ru.mentoring.model.practice.PracticeProposalV1.ProposedAuthor;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalCheckTest {

    @Test
    void aProposalNamingSomeoneWithoutConsentIsRefusedWhole() {
        var p = proposal("1", List.of(new ConsentedParticipant(" ", "Пётр А.", null)));
        assertThat(ProposalCheck.problems(EventEnvelope.of(PracticeProposalEvents.FROM_COMPLETED_PAIR, "1", p)))
                .containsExactly("a participant without a consent reference");
    }

    @Test
    void theDraftBelongsToTheEnvelopesSchoolOnly() {
        var p = proposal("2", null);
        assertThat(ProposalCheck.problems(EventEnvelope.of(PracticeProposalEvents.FROM_COMPLETED_PAIR, "1", p)))
                .containsExactly("school 2 is not the envelope's 1");
        assertThat(ProposalCheck.problems(EventEnvelope.of(PracticeProposalEvents.FROM_COMPETITION_WINNER, "2", p))).isEmpty();
    }

    private static PracticeProposalV1 proposal(String school, List<ConsentedParticipant> participants) {
        return new PracticeProposalV1(UUID.randomUUID(), PracticeProposalSource.COMPLETED_PAIR, "pair-1", school,
                "Взаимопосещение уроков", null, null, null, null, null, null, null, null, null, null,
                List.of(new ProposedAuthor("Иванова Мария Сергеевна", null, "m@school.ru", null)), participants, null);
    }
}
