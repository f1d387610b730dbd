package ru.mentoring.school.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What the school's documents print in their heading, and who signs its orders. */
@Serdeable
@MappedEntity("school_profile")
public record SchoolProfile(@Id String schoolId, String fullName, String shortName, @Nullable String directorName,
                            @Nullable String address, @Nullable @DateUpdated Instant updatedAt) {

    /** Until the curator fills it in, documents name the school by its number. */
    static SchoolProfile unnamed(String schoolId) {
        return new SchoolProfile(schoolId, "Образовательная организация № " + schoolId, "Школа № " + schoolId, null,
                null, null);
    }
}
