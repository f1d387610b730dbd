package ru.mentoring.practices.practice;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a draft from a proposal of another service (a completed pair, a competition winner). The draft
 * is the school's, visible to its authors and curator only; nothing is published until the authors
 * finish it and experts review it. One proposal opens one draft, however often it arrives.
 */
@Singleton
public class ProposalDrafts {

    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final NotificationService notifications;
    private final Clock clock;

    ProposalDrafts(PracticeRepository practices, PracticeVersionRepository versions, NotificationService notifications,
                   Clock clock) {
        this.practices = practices;
        this.versions = versions;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @return the id of the draft, new or already opened for this proposal */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID open(PracticeProposalV1 p) {
        Optional<Practice> existing = practices.findByProposalId(p.proposalId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Instant now = Times.now(clock);
        Origin origin = Origin.valueOf(p.source().name());
        Practice practice = practices.save(new Practice(UUID.randomUUID(), p.schoolId(), origin, p.proposalId(),
                cut(p.sourceRef(), 200), cut(p.note(), 500), null, 1, false, null, null, null, origin.name(), now, now));
        List<Author> authors = p.authors().stream()
                .map(a -> new Author(cut(a.fullName(), 200), a.email() == null || a.email().isBlank() ? null
                        : a.email().strip().toLowerCase(Locale.ROOT), cut(a.position(), 200), a.mentorId()))
                .toList();
        List<Participant> participants = p.participants() == null ? List.of() : p.participants().stream()
                .filter(x -> x.consentRef() != null && !x.consentRef().isBlank() && x.publicName() != null)
                .map(x -> new Participant(x.consentRef(), cut(x.publicName(), 100), cut(x.role(), 200)))
                .toList();
        List<String> emails = authors.stream().map(Author::email).filter(e -> e != null).distinct().toList();
        PracticeLevel level = p.level() != null ? p.level() : PracticeLevel.SCHOOL;
        versions.save(new PracticeVersion(UUID.randomUUID(), practice.id(), p.schoolId(), 1, VersionStatus.DRAFT,
                cut(p.title(), 300), cut(p.problem(), 10000), cut(p.description(), 20000), cut(p.methods(), 10000),
                cut(p.results(), 10000), PracticeContent.form(cut(p.form(), 200)), cut(p.formVariant(), 200), cut(p.targetGroup(), 200),
                PracticeContent.distinct(p.competencies()), p.year(), level, authors, emails, participants,
                participants.stream().map(Participant::consentRef).distinct().toList(), false, List.of(), null, null,
                null, null, null, null, origin.name(), now, now));
        notifications.tell(emails, null, practice.id(), "Открыт черновик практики «" + cut(p.title(), 300) + "» ("
                + origin.title().toLowerCase(Locale.ROOT) + "): допишите его и отправьте на экспертизу");
        return practice.id();
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
