package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.TerminationInitiator;

import java.time.LocalDate;
import java.util.UUID;

/** How a pair ended, as its page shows it: completed with results and assessments, or terminated early. */
public final class PairEnding {

    private PairEnding() {
    }

    @Serdeable
    public record CompletionView(String results, @Nullable Integer mentorScore, @Nullable String mentorText,
                                 @Nullable Integer menteeScore, @Nullable String menteeText, PairDecision decision,
                                 String decisionTitle, @Nullable String continueTopic, @Nullable LocalDate continueUntil,
                                 @Nullable Readiness readiness, @Nullable String readinessTitle, LocalDate completedOn,
                                 @Nullable UUID followUpPairId) {
    }

    @Serdeable
    public record TerminationView(TerminationInitiator initiator, String initiatorTitle, String reason, String reasonTitle,
                                  @Nullable String comment, LocalDate terminatedOn) {
    }

    /** Both sides' assessments as far as given; null where a side has not assessed yet. */
    @Serdeable
    public record Assessments(@Nullable Integer mentorScore, @Nullable String mentorText, @Nullable Integer menteeScore,
                              @Nullable String menteeText) {
    }
}
