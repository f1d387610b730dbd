package ru.mentoring.support.inbox;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("inbox")
record InboxEntry(@EmbeddedId Key key, String eventType) {

    @Embeddable
    record Key(String consumer, UUID eventId) {
    }
}
