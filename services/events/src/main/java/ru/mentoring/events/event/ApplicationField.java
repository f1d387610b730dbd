package ru.mentoring.events.event;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One of the organiser's own questions on the application form; {@code options} for a CHOICE. */
@Serdeable
public record ApplicationField(String code, String label, FieldType type, boolean required, List<String> options) {
}
