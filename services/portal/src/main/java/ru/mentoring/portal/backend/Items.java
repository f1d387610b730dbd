package ru.mentoring.portal.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The services answer every list as {@code {"items": [...]}}; an absent list reads as empty. */
@Serdeable
public record Items<T>(@Nullable List<T> items) {

    public List<T> list() {
        return items == null ? List.of() : items;
    }
}
