package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A mentee as the curator sees them: everything, the restricted categories included. */
@Serdeable
record MenteeResponse(UUID id, String schoolId, String fullName, MenteeKind kind, String kindTitle,
                      @Nullable LocalDate birthDate, @Nullable Integer age, boolean minor, @Nullable String grade,
                      @Nullable String position, @Nullable String subject, @Nullable Integer experienceYears,
                      @Nullable String organisation, @Nullable String contact, @Nullable String guardianName,
                      @Nullable String guardianContact, @Nullable String requestCategory,
                      @Nullable String requestCategoryTitle, @Nullable String request, @Nullable LocalDate enteredAt,
                      MenteeSource source, String sourceTitle, MenteeStatus status, String statusTitle,
                      @Nullable String availableTime, Restricted restricted) {

    /** Seen by the curator alone; never in an event, an export or a mentor's page. */
    @Serdeable
    record Restricted(boolean supportNeeds, boolean difficultSituation, boolean behaviour, boolean poorResults) {
    }

    static MenteeResponse of(Mentee m, @Nullable String categoryTitle, LocalDate today) {
        return new MenteeResponse(m.id(), m.schoolId(), m.fullName(), m.kind(), m.kind().title(), m.birthDate(),
                m.ageOn(today), m.minorOn(today), m.grade(), m.position(), m.subject(), m.experienceYears(),
                m.organisation(), m.contact(), m.guardianName(), m.guardianContact(), m.requestCategory(), categoryTitle,
                m.request(), m.enteredAt(), m.source(), m.source().title(), m.status(), m.status().title(),
                m.availableTime(), new Restricted(m.supportNeeds(), m.difficultSituation(), m.behaviour(), m.poorResults()));
    }
}
