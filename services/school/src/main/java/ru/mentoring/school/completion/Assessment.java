package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import ru.mentoring.school.pair.PairSide;

import java.time.Instant;
import java.util.UUID;

/** One side's assessment of the pair's work: a score from 1 to 10 and a few words. */
@MappedEntity("pair_assessment")
record Assessment(@EmbeddedId Key key, String schoolId, int score, @Nullable String text, String givenBy,
                  @Nullable @DateUpdated Instant updatedAt) {

    @Embeddable
    record Key(@MappedProperty("pair_id") UUID pairId, @MappedProperty("side") PairSide side) {
    }
}
