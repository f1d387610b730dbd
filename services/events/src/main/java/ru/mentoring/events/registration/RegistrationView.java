package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application as the API shows it. The check-in code goes only to its applicant and the organiser;
 * {@code arrival} is the arrival order the waiting list keeps (0 in the answer to the application itself).
 */
@Serdeable
record RegistrationView(UUID id, long arrival, UUID eventId, Status status, String statusTitle, Mode mode, String participantName,
                        String applicantName, @Nullable String schoolId, @Nullable Integer teamSize, List<Integer> teamGrades,
                        Map<String, String> answers, @Nullable String checkInCode, @Nullable Instant attendedAt,
                        Instant createdAt, @Nullable Integer waitingPosition) {

    static RegistrationView of(Registration r, @Nullable Integer waitingPosition) {
        return new RegistrationView(r.id(), r.seq(), r.eventId(), r.status(), r.status().title(), r.mode(), r.participantName(),
                r.applicantName(), r.schoolId(), r.teamSize(), r.teamGrades(), r.answers(), r.checkInCode(), r.attendedAt(),
                r.createdAt(), waitingPosition);
    }
}
