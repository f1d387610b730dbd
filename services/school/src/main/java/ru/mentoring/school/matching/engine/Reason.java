package ru.mentoring.school.matching.engine;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One part of a score: the factor (one of {@link Factor}'s codes), the points it gave and a short Russian
 * sentence saying why («Тот же предмет: физика», «Время не указано»).
 */
@Serdeable
public record Reason(String factor, int points, String text) {
}
