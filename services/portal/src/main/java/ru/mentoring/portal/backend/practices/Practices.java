package ru.mentoring.portal.backend.practices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The practice library's answers and requests, as the practices service writes them. */
public final class Practices {

    private Practices() {
    }

    @Serdeable
    public record SearchResult(@Nullable List<Hit> items, @Nullable Map<String, Map<String, Integer>> facets, long total,
                               int page, int size, @Nullable String sort) {
        public List<Hit> hits() {
            return items == null ? List.of() : items;
        }
    }

    /** {@code snippet}: HTML-escaped text where only {@code <mark>} is markup. */
    @Serdeable
    public record Hit(UUID id, String title, @Nullable String snippet, int version, String schoolId, @Nullable String form,
                      @Nullable Integer year, @Nullable String level, @Nullable String targetGroup,
                      @Nullable List<String> competencies, @Nullable List<String> authors, double rating,
                      int ratingCount, boolean recommended, @Nullable Instant publishedAt, @Nullable String foundIn) {
    }

    /** The practice page: one version with its files and, when published, the community around it. */
    @Serdeable
    public record Page(UUID id, String schoolId, String origin, String originTitle, @Nullable String note, int version,
                       String status, String statusTitle, @Nullable Instant publishedAt, @Nullable Integer publishedVersion,
                       int latestVersion, String title, @Nullable String problem, @Nullable String description,
                       @Nullable String methods, @Nullable String results, @Nullable String form,
                       @Nullable String formVariant, @Nullable String targetGroup, @Nullable List<String> competencies,
                       @Nullable Integer year, @Nullable String level, @Nullable String levelTitle,
                       @Nullable List<Author> authors, @Nullable List<Participant> participants, boolean noPupilData,
                       @Nullable String decisionReason, @Nullable Instant submittedAt, @Nullable Instant decidedAt,
                       boolean recommended, @Nullable String withdrawnReason, @Nullable List<VersionInfo> versions,
                       @Nullable Permissions can, @Nullable List<FileInfo> files, @Nullable Rating rating,
                       @Nullable Integer myStars, boolean bookmarked, @Nullable List<String> usedBySchools, int comments) {
    }

    @Serdeable
    public record Author(String fullName, @Nullable String email, @Nullable String position, @Nullable UUID mentorId) {
    }

    @Serdeable
    public record Participant(String publicName, @Nullable String role, @Nullable String consent) {
    }

    @Serdeable
    public record VersionInfo(int number, String status, String statusTitle, @Nullable Instant publishedAt) {
    }

    @Serdeable
    public record Permissions(boolean edit, boolean submit, boolean newVersion, boolean changeFiles, boolean review,
                              boolean decide) {
    }

    @Serdeable
    public record FileInfo(UUID id, String name, String contentType, long size, String sha256) {
    }

    @Serdeable
    public record Rating(double average, int count) {
    }

    /** What authors write (POST and PUT /api/practices); {@code draft} keeps it from review. */
    @Serdeable
    public record Submission(String title, @Nullable String problem, @Nullable String description,
                             @Nullable String methods, @Nullable String results, @Nullable String form,
                             @Nullable String formVariant, @Nullable String targetGroup, List<String> competencies,
                             @Nullable Integer year, @Nullable String level, List<Author> authors, boolean noPupilData,
                             boolean draft) {
    }

    @Serdeable
    public record Summary(UUID id, String schoolId, String title, int version, String status, String statusTitle,
                          @Nullable Integer publishedVersion, String origin, @Nullable List<String> reviewers,
                          @Nullable Instant submittedAt, @Nullable Instant updatedAt) {
    }

    @Serdeable
    public record Comment(UUID id, String authorName, @Nullable String authorSchoolId, String text, Instant createdAt) {
    }

    @Serdeable
    public record Text(String text) {
    }

    @Serdeable
    public record Stars(int stars) {
    }

    @Serdeable
    public record Bookmarked(UUID id, String title, int version, String schoolId, @Nullable String form,
                             @Nullable Integer year, @Nullable Instant publishedAt) {
    }

    @Serdeable
    public record Inbox(@Nullable List<Notice> items, int unread) {
    }

    @Serdeable
    public record Notice(UUID id, @Nullable UUID practiceId, String message, Instant createdAt, @Nullable Instant readAt) {
    }

    @Serdeable
    public record Review(UUID practiceId, int version, String title, String status, String statusTitle,
                         @Nullable List<Criterion> criteria, int minExperts, @Nullable List<ExpertLine> experts,
                         @Nullable Sheet mine, @Nullable List<Sheet> sheets, @Nullable Double averageTotal,
                         boolean readyToPublish) {
    }

    @Serdeable
    public record Criterion(String code, String title, int max) {
    }

    @Serdeable
    public record ExpertLine(String username, String fullName, boolean submitted, @Nullable Integer total) {
    }

    @Serdeable
    public record Sheet(String expert, String expertName, @Nullable Map<String, Integer> scores, int total,
                        @Nullable String comment, @Nullable Instant submittedAt) {
    }

    @Serdeable
    public record SheetForm(Map<String, Integer> scores, @Nullable String comment, boolean submit) {
    }

    @Serdeable
    public record Expert(String username, String fullName, @Nullable String email) {
    }

    @Serdeable
    public record Experts(List<String> experts) {
    }

    @Serdeable
    public record Reason(String reason) {
    }

    @Serdeable
    public record Recommendation(boolean recommended) {
    }

    @Serdeable
    public record Collection(String title, List<UUID> practiceIds, String format, Map<String, String> schools) {
    }
}
