package ru.mentoring.practices.practice;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.model.practice.PracticePublishedV1;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.consent.Consents;
import ru.mentoring.practices.library.PracticeChanged;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;
import ru.mentoring.support.outbox.Outbox;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The methodist's side of a version: experts assigned, then published, returned for revision or
 * rejected with a reason, and "recommended for competition" once published. The review feature decides
 * when the experts are done; this class owns what a decision does to the practice. Publication needs
 * every named person's distribution consent on record.
 */
@Singleton
public class PracticeDecisions {

    static final int MAX_REASON = 2000;

    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final Consents consents;
    private final Outbox outbox;
    private final NotificationService notifications;
    private final ApplicationEventPublisher<PracticeChanged> changes;
    private final Clock clock;

    PracticeDecisions(PracticeRepository practices, PracticeVersionRepository versions, Consents consents, Outbox outbox,
                      NotificationService notifications, ApplicationEventPublisher<PracticeChanged> changes, Clock clock) {
        this.practices = practices;
        this.versions = versions;
        this.consents = consents;
        this.outbox = outbox;
        this.notifications = notifications;
        this.changes = changes;
        this.clock = clock;
    }

    /** The version waiting for or in review, if the caller is the methodist or one of its experts. */
    @Transactional(readOnly = true)
    public VersionRef inReview(UUID practiceId, Actor actor) {
        PracticeVersion v = reviewed(practiceId);
        if (!actor.isMethodist() && !PracticeAccess.isAssignedExpert(v, actor)) {
            throw PracticeService.notFound();
        }
        return PracticeService.ref(v, actor);
    }

    @Transactional
    public VersionRef assign(UUID practiceId, List<String> experts, Actor actor) {
        requireMethodist(actor);
        practices.findByIdForUpdate(practiceId).orElseThrow(PracticeService::notFound);
        PracticeVersion v = reviewed(practiceId);
        return PracticeService.ref(versions.update(v.inReview(List.copyOf(experts), Times.now(clock))), actor);
    }

    /** @param experts the assigned experts' sheets are complete: the review feature checked before calling */
    @Transactional
    public VersionRef publish(UUID practiceId, Actor actor) {
        requireMethodist(actor);
        Practice practice = practices.findByIdForUpdate(practiceId).orElseThrow(PracticeService::notFound);
        PracticeVersion v = reviewed(practiceId);
        if (v.status() != VersionStatus.IN_REVIEW) {
            throw BusinessRuleException.conflict("Сначала назначьте экспертов");
        }
        requireConsents(v);
        Instant now = Times.now(clock);
        if (practice.publishedVersion() != null) {
            versions.findByPracticeIdAndNumber(practiceId, practice.publishedVersion())
                    .ifPresent(old -> versions.update(old.withStatus(VersionStatus.SUPERSEDED, now)));
        }
        PracticeVersion published = versions.update(v.decided(VersionStatus.PUBLISHED, null, actor.username(), now));
        practices.update(practice.published(published.number(), now));
        var payload = new PracticePublishedV1(practiceId, practice.schoolId(), published.title(),
                summary(published), published.form(), published.competencies(),
                published.year() == null ? 0 : published.year(), now);
        outbox.append("practice", practiceId.toString(), PracticeEvents.PUBLISHED, new EventEnvelope<>(UUID.randomUUID(),
                PracticeEvents.PUBLISHED.name(), PracticeEvents.PUBLISHED.version(), practice.schoolId(), now, payload));
        changes.publishEvent(new PracticeChanged(practiceId));
        notifications.tell(published.authorEmails(), null, practiceId, "Практика «" + published.title()
                + "» опубликована в банке практик (версия " + published.number() + ")");
        return PracticeService.ref(published, actor);
    }

    @Transactional
    public VersionRef returnForRevision(UUID practiceId, String reason, Actor actor) {
        return decide(practiceId, VersionStatus.RETURNED, reason, actor,
                "возвращена на доработку", "Укажите, что нужно доработать: это увидят авторы");
    }

    @Transactional
    public VersionRef reject(UUID practiceId, String reason, Actor actor) {
        return decide(practiceId, VersionStatus.REJECTED, reason, actor,
                "отклонена", "Укажите причину отклонения практики: её увидят авторы и куратор школы");
    }

    @Transactional
    public boolean recommend(UUID practiceId, boolean recommended, Actor actor) {
        requireMethodist(actor);
        Practice practice = practices.findByIdForUpdate(practiceId).orElseThrow(PracticeService::notFound);
        if (practice.publishedVersion() == null) {
            throw BusinessRuleException.conflict("Рекомендовать к конкурсу можно только опубликованную практику");
        }
        practices.update(practice.recommended(recommended, actor.username(), Times.now(clock)));
        changes.publishEvent(new PracticeChanged(practiceId));
        return recommended;
    }

    private VersionRef decide(UUID practiceId, VersionStatus next, String reason, Actor actor, String what,
                              String reasonMissing) {
        requireMethodist(actor);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(reasonMissing);
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleException("Причина не длиннее 2000 символов");
        }
        practices.findByIdForUpdate(practiceId).orElseThrow(PracticeService::notFound);
        PracticeVersion v = reviewed(practiceId);
        PracticeVersion decided = versions.update(v.decided(next, reason.strip(), actor.username(), Times.now(clock)));
        notifications.tell(decided.authorEmails(), null, practiceId, "Практика «" + decided.title() + "» " + what
                + ": " + reason.strip());
        return PracticeService.ref(decided, actor);
    }

    /** Published names must be covered by a distribution consent the school confirmed and did not withdraw. */
    private void requireConsents(PracticeVersion v) {
        Map<String, PracticeConsentStatus> status = consents.statusOf(v.schoolId(), v.consentRefs());
        List<String> missing = v.participants().stream()
                .filter(p -> status.get(p.consentRef()) != PracticeConsentStatus.ON_RECORD)
                .map(Participant::publicName)
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Нельзя опубликовать: школа не подтвердила согласие на распространение "
                    + "персональных данных (" + String.join(", ", missing) + "). Дождитесь подтверждения школы "
                    + "или верните практику авторам, чтобы убрать эти имена");
        }
    }

    private PracticeVersion reviewed(UUID practiceId) {
        return versions.findByPracticeIdAndStatusInList(practiceId, List.of(VersionStatus.SUBMITTED, VersionStatus.IN_REVIEW))
                .orElseThrow(() -> versions.findByPracticeIdOrderByNumber(practiceId).isEmpty()
                        ? PracticeService.notFound()
                        : BusinessRuleException.conflict("Практика сейчас не на экспертизе"));
    }

    private static String summary(PracticeVersion v) {
        String text = v.description() != null ? v.description() : v.problem() != null ? v.problem() : v.title();
        return text.length() > 1000 ? text.substring(0, 1000) + "…" : text;
    }

    private static void requireMethodist(Actor actor) {
        if (!actor.isMethodist()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Решение по экспертизе принимает методист ИМЦ");
        }
    }
}
