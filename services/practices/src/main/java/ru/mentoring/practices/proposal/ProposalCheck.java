package ru.mentoring.practices.proposal;

import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeProposalV1;

import java.util.ArrayList;
import java.util.List;

/** What a proposal must carry for a draft to be opened from it (the contract's required fields). */
final class ProposalCheck {

    private ProposalCheck() {
    }

    static List<String> problems(EventEnvelope<PracticeProposalV1> event) {
        PracticeProposalV1 p = event.payload();
        List<String> problems = new ArrayList<>();
        if (p.proposalId() == null) {
            problems.add("no proposalId");
        }
        if (p.source() == null) {
            problems.add("no source");
        }
        if (p.schoolId() == null || !p.schoolId().equals(event.schoolId())) {
            problems.add("school " + p.schoolId() + " is not the envelope's " + event.schoolId());
        }
        if (p.title() == null || p.title().isBlank()) {
            problems.add("no title");
        }
        if (p.authors() == null || p.authors().isEmpty()
                || p.authors().stream().anyMatch(a -> a.fullName() == null || a.fullName().isBlank())) {
            problems.add("no named author");
        }
        if (p.participants() != null && p.participants().stream()
                .anyMatch(x -> x.consentRef() == null || x.consentRef().isBlank())) {
            problems.add("a participant without a consent reference");
        }
        return problems;
    }
}
