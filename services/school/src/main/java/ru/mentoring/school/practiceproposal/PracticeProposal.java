package ru.mentoring.school.practiceproposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The school's record of a completed pair proposed to the practice library, with the consents it names. */
@MappedEntity("practice_proposal")
record PracticeProposal(@Id UUID id, String schoolId, UUID pairId, String title,
                        @TypeDef(type = DataType.STRING_ARRAY) List<String> consentIds, String proposedBy,
                        @Nullable @DateCreated Instant createdAt) {
}
