package ru.mentoring.school.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.Inbox;

import java.util.List;

/**
 * Applies the mentor base to the directory. The inbox makes redelivery harmless, and the revision
 * guard makes order harmless: an older profile that arrives after a newer one changes nothing.
 */
@Singleton
class DirectoryProjection {

    static final String CONSUMER = "school-directory";

    private final Inbox inbox;
    private final DirectoryRepository directory;

    DirectoryProjection(Inbox inbox, DirectoryRepository directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    /**
     * A batch of events in one transaction: the inbox rows in one statement, then for each mentor only
     * the newest profile among the new events (an older one would change nothing) in one more.
     */
    @Transactional
    void applyAll(List<EventEnvelope<MentorProfileV1>> events) {
        directory.upsertAllIfNewer(MentorProfileV1.newestPerMentor(
                inbox.firstDeliveries(CONSUMER, events).stream().map(EventEnvelope::payload).toList()));
    }
}
