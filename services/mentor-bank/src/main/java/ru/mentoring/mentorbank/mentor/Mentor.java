package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@MappedEntity("mentor")
record Mentor(
        @Id UUID id,
        long revision,
        String fullName,
        MentorKind kind,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable String email,
        @Nullable String phone,
        @TypeDef(type = DataType.JSON) List<String> subjects,
        @TypeDef(type = DataType.JSON) List<String> strengths,
        int capacity,
        int activeAssignments,
        MentorVisibility visibility,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    /** The profile every school may receive: no contacts. */
    MentorProfileV1 toProfile() {
        return new MentorProfileV1(id, revision, fullName, kind, homeSchoolId, organisation, position,
                subjects, strengths, capacity, activeAssignments, visibility, List.of(), true);
    }
}
