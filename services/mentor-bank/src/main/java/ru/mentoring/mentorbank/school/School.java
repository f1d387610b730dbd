package ru.mentoring.mentorbank.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A school of the municipality; its id is the {@code school_id} its users carry in their tokens. */
@Serdeable
@MappedEntity("school")
public record School(@Id String id, String name, String shortName, @Nullable @DateCreated Instant createdAt) {

    /** How people read the school's name everywhere: «СОШ №&nbsp;1» (see {@link SchoolNames}). */
    public String displayName() {
        return SchoolNames.display(this);
    }
}
