package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;

/** One line of a card: a Russian label and the value already written for people («не указано» when empty). */
public record Labelled(String label, String value) {

    public static Labelled of(String label, @Nullable Object value) {
        String text = value == null ? "" : value.toString().strip();
        return new Labelled(label, text.isEmpty() ? "не указано" : text);
    }
}
