package ru.mentoring.practices.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.practice.VersionStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review of one version as the methodist sees it (every sheet) or an assigned expert (their own
 * sheet, and the others' only once their own is submitted, so no expert copies another's scores).
 */
@Serdeable
record ReviewState(UUID practiceId, int version, String title, VersionStatus status, String statusTitle,
                   List<Criterion.Info> criteria, int minExperts, List<ExpertLine> experts, @Nullable Sheet mine,
                   List<Sheet> sheets, @Nullable Double averageTotal, boolean readyToPublish) {

    @Serdeable
    record ExpertLine(String username, String fullName, boolean submitted, @Nullable Integer total) {
    }

    @Serdeable
    record Sheet(String expert, String expertName, Map<String, Integer> scores, int total, @Nullable String comment,
                 @Nullable Instant submittedAt) {
        static Sheet of(ReviewSheet s) {
            return new Sheet(s.expert(), s.expertName(), s.scores(), s.total(), s.comment(), s.submittedAt());
        }
    }
}
