package ru.mentoring.school.matching;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** How much each factor counts when the school's proposals are scored; the curator adjusts them. */
@Serdeable
@MappedEntity("matching_weights")
record MatchingWeights(@Id String schoolId, int strengths, int form, int subject, int age, int timeSlots, int capacity,
                       int ownSchool) {

    static MatchingWeights defaults(String schoolId) {
        return new MatchingWeights(schoolId, 40, 20, 15, 10, 5, 5, 5);
    }
}
