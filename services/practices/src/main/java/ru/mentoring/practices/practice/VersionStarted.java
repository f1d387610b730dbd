package ru.mentoring.practices.practice;

import java.util.UUID;

/** A new version was started from an earlier one; the files feature copies the attachments along. */
public record VersionStarted(UUID practiceId, UUID fromVersionId, UUID toVersionId, String schoolId) {
}
