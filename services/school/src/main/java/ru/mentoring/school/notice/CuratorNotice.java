package ru.mentoring.school.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("curator_notice")
record CuratorNotice(@Id UUID id, String schoolId, NoticeKind kind, String text, @Nullable UUID pairId,
                     @Nullable UUID menteeId, @Nullable @DateCreated Instant createdAt, @Nullable Instant readAt) {
}
