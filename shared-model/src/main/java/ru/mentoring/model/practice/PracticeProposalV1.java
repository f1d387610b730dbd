package ru.mentoring.model.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Version 1 of a proposal to the practice library: what another service knows of a practice worth
 * sharing (a completed mentoring pair, a competition winner), enough for the library to open a draft
 * that the authors then finish and submit for review. Nothing is published from it directly.
 *
 * <p>Personal data: the authors are adult mentors (name; the e-mail only so they can sign in and finish
 * their draft — the library never shows it). Anyone else named — a mentee, a pupil — appears only as a
 * {@link ConsentedParticipant}: the reference of a distribution consent the school has on record and
 * the name exactly as that consent allows it to be shown. A producer without such a consent for a person
 * leaves the person out; no pupil's name, class, contacts or request text is ever sent otherwise.
 * Publication waits until the school confirms every referenced consent ({@link PracticeConsentV1}).
 *
 * <p>Idempotence: {@code proposalId} is stable for one source (derive it from the pair or the
 * competition entry); a proposal the library already holds is not opened twice, whatever event id it
 * arrives under. Within version 1 only optional fields may be added.
 *
 * @param proposalId   stable id of this proposal, chosen by the producer
 * @param source       where the proposal comes from
 * @param sourceRef    the producer's own id of the pair or competition entry, opaque to the library
 * @param schoolId     the school the draft belongs to; equals the envelope's school
 * @param title        working title of the practice
 * @param level        school, municipal or regional; the library assumes school level when absent
 * @param authors      the mentors who will finish the draft; at least one
 * @param participants other people named, each only under a recorded distribution consent
 * @param note         a line for the authors, e.g. «Победитель конкурса … (1 место)»
 */
@Serdeable
public record PracticeProposalV1(
        UUID proposalId,
        PracticeProposalSource source,
        String sourceRef,
        String schoolId,
        String title,
        @Nullable String problem,
        @Nullable String description,
        @Nullable String methods,
        @Nullable String results,
        @Nullable String form,
        @Nullable String formVariant,
        @Nullable String targetGroup,
        @Nullable List<String> competencies,
        @Nullable Integer year,
        @Nullable PracticeLevel level,
        List<ProposedAuthor> authors,
        @Nullable List<ConsentedParticipant> participants,
        @Nullable String note) {

    /** An author: an adult mentor. {@code mentorId} is the mentor bank's id when the producer knows it. */
    @Serdeable
    public record ProposedAuthor(String fullName, @Nullable UUID mentorId, @Nullable String email,
                                 @Nullable String position) {
    }

    /**
     * A person named in the practice other than its authors, only as their distribution consent allows:
     * {@code consentRef} is the school's id of that consent record (see {@link PracticeConsentV1}),
     * {@code publicName} the form of the name the consent permits (e.g. «Анна К.»), {@code role} what
     * they did (e.g. «наставляемая, 8 класс» only if the consent covers it).
     */
    @Serdeable
    public record ConsentedParticipant(String consentRef, String publicName, @Nullable String role) {
    }
}
