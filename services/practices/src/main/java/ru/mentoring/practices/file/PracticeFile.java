package ru.mentoring.practices.file;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A file attached to one version; its bytes are in the {@link FileStore} under {@code sha256}. */
@MappedEntity("practice_file")
record PracticeFile(@Id UUID id, UUID practiceId, UUID versionId, String schoolId, String fileName, String contentType,
                    long sizeBytes, String sha256, @Nullable String extractedText, String uploadedBy,
                    Instant uploadedAt) {
}
