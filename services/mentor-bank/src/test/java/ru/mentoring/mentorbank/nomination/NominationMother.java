package ru.mentoring.mentorbank.nomination;

import ru.mentoring.model.mentor.MentorVisibility;

import java.time.Instant;
import java.util.UUID;

final class NominationMother {

    private NominationMother() {
    }

    static Nomination pendingToMunicipalBank() {
        return new Nomination(UUID.randomUUID(), UUID.randomUUID(), "1", MentorVisibility.MUNICIPAL, null,
                "Ведёт школу молодого педагога", Nomination.Status.PENDING, null, "curator1", null, Instant.EPOCH, null,
                "Смирнова Ирина", null);
    }
}
