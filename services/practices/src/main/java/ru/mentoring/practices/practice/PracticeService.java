package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.support.outbox.Outbox;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class PracticeService {

    static final int MAX_REASON = 2000;

    private final PracticeRepository practices;
    private final Outbox outbox;

    PracticeService(PracticeRepository practices, Outbox outbox) {
        this.practices = practices;
        this.outbox = outbox;
    }

    @Transactional
    Practice submit(SubmitPracticeCommand command, Caller caller) {
        return practices.save(new Practice(UUID.randomUUID(), caller.requireSchool(), command.title().strip(),
                command.summary().strip(), blankToNull(command.form()), distinct(command.competencies()),
                command.year(), PracticeStatus.SUBMITTED, null, caller.subject(), null, null, null, null));
    }

    /** The practice and the event that opens it to every school commit together or not at all. */
    @Transactional
    Practice publish(UUID id, Caller caller) {
        var published = practices.update(pending(id)
                .reviewed(PracticeStatus.PUBLISHED, null, caller.subject(), now()));
        outbox.append("practice", published.id().toString(), PracticeEvents.PUBLISHED,
                EventEnvelope.of(PracticeEvents.PUBLISHED, published.schoolId(), published.toPublished()));
        return published;
    }

    @Transactional
    Practice reject(UUID id, @Nullable String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Укажите причину отклонения практики: её увидит куратор школы");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleException("Причина отклонения не длиннее 2000 символов");
        }
        return practices.update(pending(id).reviewed(PracticeStatus.REJECTED, reason.strip(), caller.subject(), now()));
    }

    @Transactional(readOnly = true)
    Optional<Practice> find(UUID id, Caller caller) {
        return practices.findVisible(id, seesAll(caller), ownSchool(caller));
    }

    @Transactional(readOnly = true)
    List<Practice> list(@Nullable String q, Caller caller) {
        return q == null || q.isBlank()
                ? practices.listVisible(seesAll(caller), ownSchool(caller))
                : practices.searchVisible(q.strip(), seesAll(caller), ownSchool(caller));
    }

    /** Only reviewers get here, and they see every practice, so a lock by id reveals nothing. */
    private Practice pending(UUID id) {
        var practice = practices.lockById(id).orElseThrow(() -> BusinessRuleException.notFound("Практика не найдена"));
        if (practice.status() != PracticeStatus.SUBMITTED) {
            throw BusinessRuleException.conflict("Практика уже рассмотрена: " + practice.status().title().toLowerCase());
        }
        return practice;
    }

    /** Reviewers read every submission; that is their job. */
    private static boolean seesAll(Caller caller) {
        return caller.has(Roles.METHODIST) || caller.has(Roles.EXPERT);
    }

    /** Only a curator sees the unpublished practices of their school; a mentor of the same school does not. */
    private static String ownSchool(Caller caller) {
        return caller.has(Roles.CURATOR) ? caller.schoolId().orElse(null) : null;
    }

    private static Instant now() {
        // PostgreSQL keeps microseconds: the published event carries the same instant the row does
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
