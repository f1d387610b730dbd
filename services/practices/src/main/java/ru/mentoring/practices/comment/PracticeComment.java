package ru.mentoring.practices.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A comment on a published practice; its author's school is shown beside it (public, like the comment). */
@MappedEntity("practice_comment")
record PracticeComment(@Id UUID id, UUID practiceId, String author, String authorName, @Nullable String authorSchoolId,
                       String body, Instant createdAt) {
}
