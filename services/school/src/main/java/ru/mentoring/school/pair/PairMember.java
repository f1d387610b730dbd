package ru.mentoring.school.pair;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** A mentee of a pair or group; {@code active} while the pair holds or waits for the mentor. */
@MappedEntity("pair_member")
record PairMember(@EmbeddedId Key key, String schoolId, String form, boolean active) {

    @Embeddable
    record Key(@MappedProperty("pair_id") UUID pairId, @MappedProperty("mentee_id") UUID menteeId) {
    }

    PairMember ended() {
        return new PairMember(key, schoolId, form, false);
    }
}
