package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.practice.PracticeLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a practice as the caller may read it; {@code version} says which one they read and
 * {@code versions} which others they may open. Authors' e-mails and consent references reach only the
 * practice's editors and the methodist.
 */
@Serdeable
public record PracticeView(
        UUID id,
        String schoolId,
        Origin origin,
        String originTitle,
        @Nullable String note,
        int version,
        VersionStatus status,
        String statusTitle,
        @Nullable Instant publishedAt,
        @Nullable Integer publishedVersion,
        int latestVersion,
        String title,
        @Nullable String problem,
        @Nullable String description,
        @Nullable String methods,
        @Nullable String results,
        @Nullable String form,
        @Nullable String formVariant,
        @Nullable String targetGroup,
        List<String> competencies,
        @Nullable Integer year,
        @Nullable PracticeLevel level,
        String levelTitle,
        List<Author> authors,
        List<ParticipantView> participants,
        boolean noPupilData,
        @Nullable String decisionReason,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        boolean recommended,
        @Nullable String withdrawnReason,
        List<VersionInfo> versions,
        Permissions can) {

    @Serdeable
    public record VersionInfo(int number, VersionStatus status, String statusTitle, @Nullable Instant publishedAt) {
    }

    /** {@code consent}: «подтверждено», «ожидается» or «отозвано», shown to editors and the methodist only. */
    @Serdeable
    public record ParticipantView(String publicName, @Nullable String role, @Nullable String consent) {
    }

    @Serdeable
    public record Permissions(boolean edit, boolean submit, boolean newVersion, boolean changeFiles, boolean review,
                              boolean decide) {
    }
}
