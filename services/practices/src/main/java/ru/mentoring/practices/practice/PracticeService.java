package ru.mentoring.practices.practice;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writing a practice: a curator or mentor creates it (as a draft or straight for review), its authors and
 * curator edit the draft or the returned version and submit it, and a published practice changes only
 * through a new version. A practice the caller may not see answers 404, like one that does not exist.
 */
@Singleton
public class PracticeService {

    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final PracticeQueries queries;
    private final PracticeViews views;
    private final ApplicationEventPublisher<VersionStarted> started;
    private final Clock clock;

    PracticeService(PracticeRepository practices, PracticeVersionRepository versions, PracticeQueries queries,
                    PracticeViews views, ApplicationEventPublisher<VersionStarted> started, Clock clock) {
        this.practices = practices;
        this.versions = versions;
        this.queries = queries;
        this.views = views;
        this.started = started;
        this.clock = clock;
    }

    @Transactional
    public PracticeView create(PracticeForm form, Actor actor) {
        String school = actor.requireSchool();
        PracticeContent content = PracticeContent.of(form, actor);
        boolean submit = !Boolean.TRUE.equals(form.draft());
        if (submit) {
            requireComplete(content);
        }
        Instant now = Times.now(clock);
        Practice practice = practices.save(new Practice(UUID.randomUUID(), school, Origin.SUBMITTED, null, null, null,
                null, 1, false, null, null, null, actor.subject(), now, now));
        PracticeVersion version = versions.save(new PracticeVersion(UUID.randomUUID(), practice.id(), school, 1,
                VersionStatus.DRAFT, content.title(), content.problem(), content.description(), content.methods(),
                content.results(), content.form(), content.formVariant(), content.targetGroup(), content.competencies(),
                content.year(), content.level(), content.authors(), content.authorEmails(), List.of(), List.of(),
                content.noPupilData(), List.of(), null, null, null, null, null, null, actor.subject(), now, now));
        if (submit) {
            version = versions.update(version.submitted(actor.subject(), now));
        }
        return views.of(practice, version, actor);
    }

    @Transactional
    public PracticeView edit(UUID id, PracticeForm form, Actor actor) {
        Practice practice = locked(id, actor);
        PracticeVersion open = openVersion(practice, actor);
        if (!PracticeAccess.canEditText(open, actor)) {
            throw notEditable(open, actor);
        }
        PracticeContent content = PracticeContent.of(form, actor);
        PracticeVersion changed = versions.update(keep(open.withContent(content, Times.now(clock)), form.keepParticipants()));
        if (Boolean.FALSE.equals(form.draft())) {
            return submit(practice, changed, actor);
        }
        return views.of(practice, changed, actor);
    }

    @Transactional
    public PracticeView submit(UUID id, Actor actor) {
        Practice practice = locked(id, actor);
        PracticeVersion open = openVersion(practice, actor);
        if (!PracticeAccess.canEditText(open, actor)) {
            throw notEditable(open, actor);
        }
        return submit(practice, open, actor);
    }

    /** A published practice changes only through a new version: a draft copy the authors edit and submit. */
    @Transactional
    public PracticeView startNewVersion(UUID id, Actor actor) {
        Practice practice = locked(id, actor);
        if (practice.publishedVersion() == null) {
            throw BusinessRuleException.conflict("Новую версию можно начать только у опубликованной практики");
        }
        versions.findByPracticeIdAndStatusInList(id, VersionStatus.OPEN).ifPresent(open -> {
            throw BusinessRuleException.conflict("У практики уже есть версия " + open.number() + " в работе: "
                    + open.status().title().toLowerCase());
        });
        PracticeVersion published = versions.findByPracticeIdAndNumber(id, practice.publishedVersion()).orElseThrow();
        if (!PracticeAccess.isEditor(published, actor)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "Новую версию могут начать авторы практики и куратор их школы");
        }
        Instant now = Times.now(clock);
        PracticeVersion draft = versions.save(published.nextDraft(UUID.randomUUID(), actor.subject(), now));
        Practice updated = practices.update(practice.withLatest(draft.number(), now));
        started.publishEvent(new VersionStarted(id, published.id(), draft.id(), practice.schoolId()));
        return views.of(updated, draft, actor);
    }

    /** @param number a version number, or null for the version readers see (else the newest the caller may read) */
    @Transactional(readOnly = true)
    public PracticeView view(UUID id, @Nullable Integer number, Actor actor) {
        Practice practice = practices.findById(id).orElseThrow(PracticeService::notFound);
        return views.of(practice, readableVersion(practice, number, actor), actor);
    }

    @Transactional(readOnly = true)
    public VersionRef readable(UUID id, @Nullable Integer number, Actor actor) {
        Practice practice = practices.findById(id).orElseThrow(PracticeService::notFound);
        return ref(readableVersion(practice, number, actor), actor);
    }

    /** A version by its id, if the caller may read it (a file's version, for a download). */
    @Transactional(readOnly = true)
    public VersionRef readableVersion(UUID id, UUID versionId, Actor actor) {
        return versions.findById(versionId)
                .filter(v -> v.practiceId().equals(id) && PracticeAccess.canRead(v, actor))
                .map(v -> ref(v, actor))
                .orElseThrow(PracticeService::notFound);
    }

    /** The version being written, for attaching files; 404 if the caller cannot see it, 409 if none is open. */
    @Transactional(readOnly = true)
    public VersionRef openForFiles(UUID id, Actor actor) {
        Practice practice = practices.findById(id).orElseThrow(PracticeService::notFound);
        PracticeVersion open = openVersion(practice, actor);
        if (!PracticeAccess.canChangeFiles(open, actor)) {
            if (PracticeAccess.isEditor(open, actor)) {
                throw BusinessRuleException.conflict("Файлы нельзя менять, пока практика на экспертизе");
            }
            throw forbiddenOrNotFound(open, actor, "Файлы практики меняют её авторы и куратор школы");
        }
        return ref(open, actor);
    }

    /** The published practice, for ratings, comments and bookmarks; 404 when nothing of it is public. */
    @Transactional(readOnly = true)
    public VersionRef published(UUID id, Actor actor) {
        Practice practice = practices.findById(id).orElseThrow(PracticeService::notFound);
        if (practice.publishedVersion() == null) {
            throw notFound();
        }
        return ref(versions.findByPracticeIdAndNumber(id, practice.publishedVersion()).orElseThrow(), actor);
    }

    /** Whether the practice has a published version (for links other services make to it). */
    @Transactional(readOnly = true)
    public boolean isPublished(UUID id) {
        return practices.findById(id).map(p -> p.publishedVersion() != null).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<PracticeSummary> mine(Actor actor) {
        String school = actor.schoolId().orElse(null);
        if (school == null) {
            return List.of();
        }
        if (actor.isCurator()) {
            return queries.latestOfSchool(school);
        }
        return actor.email().map(email -> queries.latestAuthoredBy(school, email)).orElse(List.of());
    }

    /** The published text of these practices (those without one are left out). */
    @Transactional(readOnly = true)
    public List<PublishedPractice> publishedText(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : queries.published(ids);
    }

    private PracticeView submit(Practice practice, PracticeVersion open, Actor actor) {
        requireComplete(PracticeContent.of(open));
        PracticeVersion submitted = versions.update(open.submitted(actor.subject(), Times.now(clock)));
        return views.of(practice, submitted, actor);
    }

    private PracticeVersion readableVersion(Practice practice, @Nullable Integer number, Actor actor) {
        if (number != null) {
            return versions.findByPracticeIdAndNumber(practice.id(), number)
                    .filter(v -> PracticeAccess.canRead(v, actor))
                    .orElseThrow(PracticeService::notFound);
        }
        List<PracticeVersion> all = versions.findByPracticeIdOrderByNumber(practice.id());
        if (practice.publishedVersion() != null) {
            return all.stream().filter(v -> v.number() == practice.publishedVersion()).findFirst().orElseThrow();
        }
        return all.reversed().stream().filter(v -> PracticeAccess.canRead(v, actor)).findFirst()
                .orElseThrow(PracticeService::notFound);
    }

    private Practice locked(UUID id, Actor actor) {
        return practices.findByIdForUpdate(id).orElseThrow(PracticeService::notFound);
    }

    private PracticeVersion openVersion(Practice practice, Actor actor) {
        var open = versions.findByPracticeIdAndStatusInList(practice.id(), VersionStatus.OPEN);
        if (open.isEmpty()) {
            PracticeVersion latest = versions.findByPracticeIdAndNumber(practice.id(), practice.latestVersion()).orElseThrow();
            if (!PracticeAccess.canRead(latest, actor)) {
                throw notFound();
            }
            throw BusinessRuleException.conflict(latest.status().isPublic()
                    ? "Опубликованная практика меняется только через новую версию"
                    : "Практику нельзя изменить: " + latest.status().title().toLowerCase());
        }
        if (!PracticeAccess.canRead(open.get(), actor)) {
            throw notFound();
        }
        return open.get();
    }

    private static PracticeVersion keep(PracticeVersion v, @Nullable List<String> keepRefs) {
        if (keepRefs == null) {
            return v;
        }
        var kept = v.participants().stream().filter(p -> keepRefs.contains(p.consentRef())).toList();
        return new PracticeVersion(v.id(), v.practiceId(), v.schoolId(), v.number(), v.status(), v.title(), v.problem(),
                v.description(), v.methods(), v.results(), v.form(), v.formVariant(), v.targetGroup(), v.competencies(),
                v.year(), v.level(), v.authors(), v.authorEmails(), kept, kept.stream().map(Participant::consentRef).toList(),
                v.noPupilData(), v.reviewers(), v.decisionReason(), v.decidedBy(), v.decidedAt(), v.submittedBy(),
                v.submittedAt(), v.publishedAt(), v.createdBy(), v.createdAt(), v.updatedAt());
    }

    private void requireComplete(PracticeContent content) {
        List<String> problems = SubmissionCheck.problems(content, clock);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
    }

    static VersionRef ref(PracticeVersion v, Actor actor) {
        return new VersionRef(v.practiceId(), v.id(), v.number(), v.schoolId(), v.status(), v.title(), v.authorEmails(),
                v.reviewers(), PracticeAccess.isEditor(v, actor), PracticeAccess.canChangeFiles(v, actor));
    }

    private static RuntimeException notEditable(PracticeVersion open, Actor actor) {
        if (PracticeAccess.isEditor(open, actor)) {
            return BusinessRuleException.conflict("Практику нельзя изменить: " + open.status().title().toLowerCase());
        }
        return forbiddenOrNotFound(open, actor, "Изменять практику могут её авторы и куратор школы");
    }

    static RuntimeException forbiddenOrNotFound(PracticeVersion v, Actor actor, String message) {
        return PracticeAccess.canRead(v, actor)
                ? new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN, message)
                : notFound();
    }

    static RuntimeException notFound() {
        return BusinessRuleException.notFound("Практика не найдена");
    }
}
