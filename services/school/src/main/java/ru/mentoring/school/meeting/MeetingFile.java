package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An intermediate result attached to a meeting: a document, a sheet, a presentation, a photo, a text. */
@MappedEntity("meeting_file")
record MeetingFile(@Id UUID id, String schoolId, UUID pairId, UUID meetingId, String name, String contentType, int size,
                   byte[] content, String uploadedBy, @Nullable @DateCreated Instant createdAt) {
}
