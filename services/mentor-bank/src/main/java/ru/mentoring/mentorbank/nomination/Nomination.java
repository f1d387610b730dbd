package ru.mentoring.mentorbank.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("nomination")
record Nomination(@Id UUID id, UUID mentorId, String schoolId, MentorVisibility target, @Nullable UUID networkProjectId,
                  @Nullable String motivation, Status status, @Nullable String reason, String nominatedBy,
                  @Nullable String decidedBy, @Nullable @DateCreated Instant createdAt, @Nullable Instant decidedAt,
                  @Nullable String nominatedByName, @Nullable String decidedByName) {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    /** A nomination goes to the municipal bank, or to a named network project; never to a school. */
    static void checkTarget(MentorVisibility target, @Nullable UUID networkProjectId) {
        if (target == MentorVisibility.SCHOOL) {
            throw new BusinessRuleException("Выдвинуть можно в муниципальный банк или в сетевой проект");
        }
        if (target == MentorVisibility.NETWORK && networkProjectId == null) {
            throw new BusinessRuleException("Укажите сетевой проект, в который выдвигается наставник");
        }
    }

    Nomination approved(String by, String byName, Instant at) {
        return decided(Status.APPROVED, null, by, byName, at);
    }

    Nomination rejected(String reason, String by, String byName, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Укажите причину отклонения");
        }
        return decided(Status.REJECTED, reason.strip(), by, byName, at);
    }

    /** A decision is taken once: a second one (by another methodist at the same moment, say) is refused. */
    private Nomination decided(Status status, @Nullable String reason, String by, String byName, Instant at) {
        if (this.status != Status.PENDING) {
            throw BusinessRuleException.conflict("По этому выдвижению уже принято решение");
        }
        return new Nomination(id, mentorId, schoolId, target, networkProjectId, motivation, status, reason, nominatedBy,
                by, createdAt, at, nominatedByName, byName);
    }
}
