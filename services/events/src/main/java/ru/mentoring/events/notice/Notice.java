package ru.mentoring.events.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A message the portal shows a person; the same text goes to them by e-mail. */
@Serdeable
public record Notice(UUID id, @Nullable UUID eventId, NoticeKind kind, String kindTitle, String text, Instant createdAt,
                     boolean read) {
}
