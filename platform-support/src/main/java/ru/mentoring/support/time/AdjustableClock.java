package ru.mentoring.support.time;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock shifted by an offset that tests move; only ever present in a test run. */
@Singleton
@Requires(property = "mentoring.clock.adjustable", value = "true")
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void setOffset(Duration offset) {
        this.offset = offset;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
