package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.completion.PairEnding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pair as the school's curator sees it. */
@Serdeable
public record PairView(UUID id, UUID mentorId, String mentorName, @Nullable String mentorSchoolId, String form,
                String formTitle, @Nullable String variant, PairFormation formation, String formationTitle,
                PairStatus status, String statusTitle, LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate endedOn,
                @Nullable String refusalReason, List<Member> mentees, boolean group, boolean teacherPair,
                @Nullable LabourChecklist labourChecklist, @Nullable PairEnding.CompletionView completion,
                @Nullable PairEnding.TerminationView termination, @Nullable String concern,
                @Nullable java.util.UUID followUpPairId) {

    /** What other features add to a pair's view: how it ended, the curator's concern. */
    record Extras(@Nullable PairEnding.CompletionView completion, @Nullable PairEnding.TerminationView termination,
                  @Nullable String concern) {
        static final Extras NONE = new Extras(null, null, null);
    }

    @Serdeable
    public record Member(UUID id, String fullName, @Nullable String grade, @Nullable String position) {
    }

    @Serdeable
    public record LabourChecklist(boolean complete, @Nullable String labourConsentRef, @Nullable LocalDate labourConsentOn,
                           @Nullable String agreementNumber, @Nullable LocalDate agreementOn,
                           @Nullable String agreementContent, @Nullable String agreementTerm,
                           @Nullable String agreementForm, @Nullable String paySupplement) {
    }

    public static String statusTitle(PairStatus status) {
        return switch (status) {
            case AWAITING_MENTOR -> "ждёт согласия наставника";
            case AWAITING_CONFIRMATION -> "ожидает подтверждения";
            case ACTIVE -> "работает";
            case REFUSED -> "не состоялась";
            case COMPLETED -> "завершена";
            case TERMINATED -> "прекращена досрочно";
        };
    }

    static String formationTitle(PairFormation formation) {
        return switch (formation) {
            case MATCHING -> "подбор по анкетам";
            case CHOICE -> "взаимный выбор";
            case ASSIGNMENT -> "назначение куратором";
        };
    }

    static PairView of(Pair p, String formTitle, List<Member> mentees, Extras extras) {
        LabourChecklist checklist = !p.teacherPair() ? null : new LabourChecklist(p.labourChecklistComplete(),
                p.labourConsentRef(), p.labourConsentOn(), p.agreementNumber(), p.agreementOn(), p.agreementContent(),
                p.agreementTerm(), p.agreementForm(), p.paySupplement());
        return new PairView(p.id(), p.mentorId(), p.mentorName(), p.mentorSchoolId(), p.form(), formTitle, p.variant(),
                p.formation(), formationTitle(p.formation()), p.status(), statusTitle(p.status()), p.startsOn(), p.endsOn(), p.endedOn(),
                p.refusalReason(), mentees, mentees.size() > 1, p.teacherPair(), checklist, extras.completion(),
                extras.termination(), extras.concern(),
                extras.completion() == null ? null : extras.completion().followUpPairId());
    }
}
