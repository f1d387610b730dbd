package ru.mentoring.practices.practice;

import java.util.List;
import java.util.UUID;

/**
 * One version as other features need it: which it is, whose, in what state, and what the caller may do
 * with it. Handed out only after the practice feature has checked the caller may see it.
 */
public record VersionRef(UUID practiceId, UUID versionId, int number, String schoolId, VersionStatus status,
                         String title, List<String> authorEmails, List<String> reviewers, boolean editor,
                         boolean filesChangeable) {
}
