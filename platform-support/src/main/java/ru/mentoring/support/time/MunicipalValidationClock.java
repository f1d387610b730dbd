package ru.mentoring.support.time;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.validation.validator.DefaultClockProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * The clock {@code @PastOrPresent}, {@code @Future} and their kin compare with: the platform's clock in the
 * municipality's zone, as {@link Today} reads it. Bean Validation's default is the system clock in the
 * machine's zone (UTC here), so from midnight in Moscow until 03:00 a date typed as today — a consent signed
 * today — was refused as «в будущем», and an adjusted test clock was not seen at all.
 */
@Singleton
@Replaces(DefaultClockProvider.class)
class MunicipalValidationClock implements ClockProvider {

    private final Clock clock;
    private final Today today;

    MunicipalValidationClock(Clock clock, Today today) {
        this.clock = clock;
        this.today = today;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(today.zone());
    }
}
