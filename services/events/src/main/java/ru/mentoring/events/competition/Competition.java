package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A competition's frame: its stages with deadlines, where it stands, its nominations and criteria. */
record Competition(UUID eventId, List<String> nominations, Stage stage, List<StageInfo> stages, List<Criterion> criteria,
                   @Nullable Instant resultsPublishedAt) {

    @Serdeable
    record StageInfo(Stage stage, String title, LocalDate deadline, @Nullable Instant openedAt, @Nullable Instant closedAt) {
    }

    @Serdeable
    record Criterion(UUID id, Stage stage, String title, int maxScore) {
    }

    @Nullable
    LocalDate deadlineOf(Stage s) {
        return stages.stream().filter(i -> i.stage() == s).map(StageInfo::deadline).findFirst().orElse(null);
    }

    List<Criterion> criteriaOf(Stage s) {
        return criteria.stream().filter(c -> c.stage() == s).toList();
    }
}
