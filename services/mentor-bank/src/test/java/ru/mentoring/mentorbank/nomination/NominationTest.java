package ru.mentoring.mentorbank.nomination;

import io.micronaut.http.exceptions.HttpStatusException;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NominationTest {

    private final Instant now = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void aPendingNominationIsApprovedOnceByTheMethodist() {
        Nomination approved = NominationMother.pendingToMunicipalBank().approved("methodist", "Петрова Анна", now);
        assertThat(approved.status()).isEqualTo(Nomination.Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("methodist");
        assertThat(approved.decidedByName()).isEqualTo("Петрова Анна");
        assertThat(approved.decidedAt()).isEqualTo(now);
        assertThatThrownBy(() -> approved.rejected("поздно", "methodist", "Петрова Анна", now))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(409))
                .hasMessageContaining("уже принято решение");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> NominationMother.pendingToMunicipalBank().rejected(" ", "methodist", "Петрова Анна", now))
                .hasMessageContaining("причину");
        assertThat(NominationMother.pendingToMunicipalBank().rejected(" нет опыта ", "methodist", "Петрова Анна", now).reason())
                .isEqualTo("нет опыта");
    }

    @Test
    void aNominationGoesToTheMunicipalBankOrANamedProject() {
        assertThatThrownBy(() -> Nomination.checkTarget(MentorVisibility.SCHOOL, null)).hasMessageContaining("муниципальный банк");
        assertThatThrownBy(() -> Nomination.checkTarget(MentorVisibility.NETWORK, null)).hasMessageContaining("сетевой проект");
        Nomination.checkTarget(MentorVisibility.NETWORK, UUID.randomUUID());
        Nomination.checkTarget(MentorVisibility.MUNICIPAL, null);
    }
}
