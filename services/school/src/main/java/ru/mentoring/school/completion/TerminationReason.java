package ru.mentoring.school.completion;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A reason of the school's managed list of reasons to end a pair early. */
@MappedEntity("termination_reason")
record TerminationReason(@EmbeddedId Key key, String title, boolean active, int position) {

    @Embeddable
    record Key(@MappedProperty("school_id") String schoolId, @MappedProperty("code") String code) {
    }
}
