package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How a pair ends (DOMAIN §5 stage 7): completion with results, mutual assessment and the decision to go
 * on or stop, or early termination with an initiator and a reason from the school's list; and a completed
 * pair proposed to the practice library.
 */
public final class Completions {

    private Completions() {
    }

    /** The body of {@code POST /api/pairs/{id}/assessments}: the caller's own side. */
    @Serdeable
    public record Assessment(@Nullable Integer score, @Nullable String text) {
    }

    /**
     * The body of {@code POST /api/pairs/{id}/completion}. {@code decision}: CONTINUE or STOP;
     * {@code readiness} (teacher pairs): READY, READY_WITH_SUPPORT or NOT_READY.
     */
    @Serdeable
    public record Complete(@Nullable String results, @Nullable Integer mentorScore, @Nullable String mentorText,
                           @Nullable Integer menteeScore, @Nullable String menteeText, @Nullable String decision,
                           @Nullable String continueTopic, @Nullable LocalDate continueUntil,
                           @Nullable String readiness) {
    }

    /** The body of {@code POST /api/pairs/{id}/termination}; {@code initiator}: MENTOR, MENTEE, CURATOR, GUARDIAN. */
    @Serdeable
    public record Terminate(@Nullable String initiator, @Nullable String reason, @Nullable String comment) {
    }

    /** The assessments given so far: each side sees its own, the curator both; null where none yet. */
    @Serdeable
    public record Assessments(@Nullable Integer mentorScore, @Nullable String mentorText,
                              @Nullable Integer menteeScore, @Nullable String menteeText) {
    }

    /**
     * What the proposal form offers: whether the pair may be proposed (and why not), and each mentee with the
     * distribution consent that would let the practice name them ({@code consentId} null: they stay out).
     */
    @Serdeable
    public record Candidates(boolean canPropose, @Nullable UUID proposalId, @Nullable String why,
                             @Nullable List<Candidate> participants) {

        public List<Candidate> list() {
            return participants == null ? List.of() : participants;
        }
    }

    @Serdeable
    public record Candidate(@Nullable UUID menteeId, String name, @Nullable UUID consentId,
                            @Nullable String publicName) {
    }

    /** What a completed pair's page shows. */
    @Serdeable
    public record Completion(@Nullable String results, @Nullable Integer mentorScore, @Nullable String mentorText,
                             @Nullable Integer menteeScore, @Nullable String menteeText, @Nullable String decision,
                             @Nullable String decisionTitle, @Nullable String continueTopic,
                             @Nullable LocalDate continueUntil, @Nullable String readiness,
                             @Nullable String readinessTitle, @Nullable LocalDate completedOn) {
    }

    @Serdeable
    public record Termination(@Nullable String initiator, @Nullable String initiatorTitle, @Nullable String reason,
                              @Nullable String reasonTitle, @Nullable String comment,
                              @Nullable LocalDate terminatedOn) {
    }

    /** A reason of the school's managed list; a retired one stays on the pairs it ended. */
    @Serdeable
    public record Reason(String code, String title, boolean active) {
    }

    @Serdeable
    public record NewReason(String title) {
    }

    @Serdeable
    public record ReasonChange(String title, boolean active) {
    }

    /** The body of {@code POST /api/pairs/{id}/practice-proposal}: participants by distribution consent. */
    @Serdeable
    public record Proposal(String title, List<UUID> participants) {
    }

    @Serdeable
    public record Proposed(@Nullable UUID proposalId) {
    }
}
