package ru.mentoring.events.support;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The municipality's time zone: what "the day before", "the first Wednesday of March" and a
 * certificate's date mean. Now always comes from the injected clock.
 */
@Singleton
public class EventsZone {

    private final ZoneId zone;
    private final Clock clock;

    EventsZone(@Value("${mentoring.events.zone:Europe/Moscow}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
