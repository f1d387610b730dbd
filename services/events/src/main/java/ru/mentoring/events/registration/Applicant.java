package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.events.mentorbase.MentorCard;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One application as the rules see it: who applies (from the verified token), for whom, and — for a
 * staff member or a signed-in mentor — their card from the shared mentor base.
 */
record Applicant(Mode mode, String subject, String name, String email, Set<String> roles, @Nullable String schoolId,
                 @Nullable String accountKey, @Nullable MentorCard card, @Nullable ApplyCommand.Team team,
                 Map<String, String> answers, @Nullable Ticket ticket) {

    /**
     * The check-in code and its QR code, made on the request's own thread before the application joins
     * its event's batch, so the batch (which holds the event's lock) only writes them. No QR code while
     * the event is likely full ({@link Places#likelyFull}): one who gets a place after all has it drawn
     * with the confirmation.
     */
    record Ticket(String code, @Nullable byte[] qrPng) {
    }

    Applicant(Mode mode, String subject, String name, String email, Set<String> roles, @Nullable String schoolId,
              @Nullable String accountKey, @Nullable MentorCard card, @Nullable ApplyCommand.Team team, Map<String, String> answers) {
        this(mode, subject, name, email, roles, schoolId, accountKey, card, team, answers, null);
    }

    /** Who takes the place; a mentor is the same participant whether they applied or their curator did. */
    String participantKey() {
        return switch (mode) {
            case SELF -> card != null ? "mentor:" + card.id() : "user:" + subject;
            case STAFF -> "mentor:" + card.id();
            case TEAM -> "team:" + schoolId + ":" + team.name().strip().toLowerCase(java.util.Locale.ROOT);
        };
    }

    String participantName() {
        return switch (mode) {
            case SELF -> card != null ? card.fullName() : name;
            case STAFF -> card.fullName();
            case TEAM -> team.name().strip();
        };
    }

    List<Integer> grades() {
        return team == null ? List.of() : team.grades();
    }

    Applicant withCard(@Nullable MentorCard found) {
        return new Applicant(mode, subject, name, email, roles, schoolId, accountKey, found, team, answers, ticket);
    }

    Applicant withAnswers(Map<String, String> normalised) {
        return new Applicant(mode, subject, name, email, roles, schoolId, accountKey, card, team, normalised, ticket);
    }

    Applicant withTicket(Ticket issued) {
        return new Applicant(mode, subject, name, email, roles, schoolId, accountKey, card, team, answers, issued);
    }
}
