package ru.mentoring.practices.practice;

import jakarta.inject.Singleton;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.consent.Consents;
import ru.mentoring.practices.practice.PracticeView.ParticipantView;
import ru.mentoring.practices.practice.PracticeView.Permissions;
import ru.mentoring.practices.practice.PracticeView.VersionInfo;

import java.util.List;
import java.util.Map;

/** Builds what a caller reads of a version: e-mails and consent states only for its editors and the methodist. */
@Singleton
class PracticeViews {

    private final PracticeVersionRepository versions;
    private final Consents consents;

    PracticeViews(PracticeVersionRepository versions, Consents consents) {
        this.versions = versions;
        this.consents = consents;
    }

    PracticeView of(Practice p, PracticeVersion v, Actor actor) {
        boolean editor = PracticeAccess.isEditor(v, actor);
        boolean insider = editor || actor.isMethodist();
        List<VersionInfo> visible = versions.findByPracticeIdOrderByNumber(p.id()).stream()
                .filter(other -> PracticeAccess.canRead(other, actor))
                .map(other -> new VersionInfo(other.number(), other.status(), other.status().title(), other.publishedAt()))
                .toList();
        Map<String, PracticeConsentStatus> consent = insider ? consents.statusOf(v.schoolId(), v.consentRefs()) : Map.of();
        List<ParticipantView> participants = v.participants().stream()
                .map(person -> new ParticipantView(person.publicName(), person.role(),
                        insider ? consentWord(consent.get(person.consentRef())) : null))
                .toList();
        boolean open = VersionStatus.OPEN.contains(v.status());
        boolean hasOpen = visible.stream().anyMatch(i -> VersionStatus.OPEN.contains(i.status()));
        var can = new Permissions(
                PracticeAccess.canEditText(v, actor),
                PracticeAccess.canEditText(v, actor),
                editor && v.status() == VersionStatus.PUBLISHED && !hasOpen,
                open && PracticeAccess.canChangeFiles(v, actor),
                PracticeAccess.isAssignedExpert(v, actor) && v.status() == VersionStatus.IN_REVIEW,
                actor.isMethodist() && (v.status() == VersionStatus.SUBMITTED || v.status() == VersionStatus.IN_REVIEW));
        return new PracticeView(p.id(), p.schoolId(), p.origin(), p.origin().title(), p.note(), v.number(), v.status(),
                v.status().title(), v.publishedAt(), p.publishedVersion(), p.latestVersion(), v.title(), v.problem(),
                v.description(), v.methods(), v.results(), v.form(), v.formVariant(), v.targetGroup(), v.competencies(),
                v.year(), v.level(), Levels.title(v.level()),
                insider ? v.authors() : v.authors().stream().map(Author::forReaders).toList(),
                participants, v.noPupilData(), insider || v.status().isPublic() ? v.decisionReason() : null,
                v.submittedAt(), v.decidedAt(), p.recommended(), insider ? p.withdrawnReason() : null, visible, can);
    }

    private static String consentWord(PracticeConsentStatus status) {
        if (status == null) {
            return "ожидается подтверждение школы";
        }
        return status == PracticeConsentStatus.ON_RECORD ? "подтверждено" : "отозвано";
    }
}
