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
        var d = ru.mentoring.school.matching.engine.Weights.DEFAULT;
        return new MatchingWeights(schoolId, d.strengths(), d.form(), d.subject(), d.age(), d.time(), d.capacity(),
                d.ownSchool());
    }

    ru.mentoring.school.matching.engine.Weights forEngine() {
        return new ru.mentoring.school.matching.engine.Weights(strengths, form, subject, age, timeSlots, capacity,
                ownSchool);
    }
}
