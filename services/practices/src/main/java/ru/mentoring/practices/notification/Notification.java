package ru.mentoring.practices.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A message for one person, addressed by the e-mail their token carries. */
@MappedEntity("notification")
record Notification(@Id UUID id, String recipient, @Nullable UUID practiceId, String message, Instant createdAt,
                    @Nullable Instant readAt) {
}
