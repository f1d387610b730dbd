package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One application. {@code applicantSubject} applied (the person, or the curator for staff and teams);
 * {@code participantName} is who takes the place: the person, the staff member, or the team's name —
 * pupils' names never come here (ADR 0010). {@code seq} is the arrival order the waiting list keeps.
 */
public record Registration(UUID id, long seq, UUID eventId, String participantKey, Mode mode, String applicantSubject,
                           String applicantName, String email, String participantName, @Nullable UUID mentorId,
                           @Nullable String schoolId, @Nullable Integer teamSize, List<Integer> teamGrades,
                           Map<String, String> answers, Status status, String checkInCode, @Nullable Instant attendedAt,
                           Instant createdAt) {

    Registration withStatus(Status newStatus) {
        return new Registration(id, seq, eventId, participantKey, mode, applicantSubject, applicantName, email,
                participantName, mentorId, schoolId, teamSize, teamGrades, answers, newStatus, checkInCode, attendedAt,
                createdAt);
    }

    Registration attended(Instant at) {
        return new Registration(id, seq, eventId, participantKey, mode, applicantSubject, applicantName, email,
                participantName, mentorId, schoolId, teamSize, teamGrades, answers, status, checkInCode, at, createdAt);
    }

    int participants() {
        return teamSize != null ? teamSize : 1;
    }
}
