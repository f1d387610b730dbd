package ru.mentoring.practices.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One expert's scoring sheet for one version; submitted once every criterion is scored and commented. */
@MappedEntity("review_sheet")
record ReviewSheet(@Id UUID id, UUID versionId, UUID practiceId, String expert, String expertName,
                   @TypeDef(type = DataType.JSON) Map<String, Integer> scores, @Nullable String comment,
                   @Nullable Instant submittedAt, Instant updatedAt) {

    int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }
}
