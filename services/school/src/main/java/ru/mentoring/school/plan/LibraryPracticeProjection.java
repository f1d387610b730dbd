package ru.mentoring.school.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticePublishedV1;
import ru.mentoring.support.inbox.Inbox;

@Singleton
class LibraryPracticeProjection {

    static final String CONSUMER = "school-library";

    private final Inbox inbox;
    private final LibraryPracticeRepository practices;

    LibraryPracticeProjection(Inbox inbox, LibraryPracticeRepository practices) {
        this.inbox = inbox;
        this.practices = practices;
    }

    @Transactional
    void apply(EventEnvelope<PracticePublishedV1> event) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            practices.upsert(event.payload());
        }
    }
}
