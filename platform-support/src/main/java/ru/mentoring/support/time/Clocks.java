package ru.mentoring.support.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock every service reads "now" from. Normally the system clock; a test run
 * ({@code mentoring.clock.adjustable=true}) gets one an administrator can move forward, so the
 * end-to-end tests can watch a deadline pass without waiting for it.
 */
@Factory
class Clocks {

    @Singleton
    @Requires(property = "mentoring.clock.adjustable", notEquals = "true")
    Clock system() {
        return Clock.systemUTC();
    }

    @Singleton
    @Requires(property = "mentoring.clock.adjustable", value = "true")
    Clock adjustable(AdjustableClock clock) {
        return clock;
    }
}
