package ru.mentoring.support.time;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.support.tenancy.Roles;

import java.time.Duration;
import java.time.Instant;

/** Test runs only: moves the service's clock, e.g. three weeks ahead to see a pair fall silent. */
@Hidden
@Controller("/admin/clock")
@Secured(Roles.ADMIN)
@Requires(property = "mentoring.clock.adjustable", value = "true")
class ClockController {

    private final AdjustableClock clock;

    ClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    @Get
    Reading read() {
        return new Reading(clock.instant(), clock.offset().toString());
    }

    @Put
    Reading move(@Valid @Body Offset body) {
        clock.setOffset(Duration.parse(body.offset()));
        return read();
    }

    @Serdeable
    record Offset(@NotNull(message = "Укажите смещение часов, например P21D") String offset) {
    }

    @Serdeable
    record Reading(Instant now, String offset) {
    }
}
