package ru.mentoring.school.mentee;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A category of the school's request map (карта запросов). */
@MappedEntity("request_category")
public record RequestCategory(@EmbeddedId Key key, String title, boolean active) {

    @Embeddable
    public record Key(@MappedProperty("school_id") String schoolId, @MappedProperty("code") String code) {
    }
}
