package ru.mentoring.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** {@code outbox.pending} and {@code outbox.parked} on {@code /metrics} and {@code /prometheus}. */
@Singleton
@Requires(property = "outbox.relay.enabled", notEquals = "false")
@Requires(beans = MeterRegistry.class)
class OutboxMetrics implements MeterBinder {

    // looked up when sampled: the connection pool asks for the meter registry while it is being built
    private final BeanProvider<OutboxRepository> repository;

    OutboxMetrics(BeanProvider<OutboxRepository> repository) {
        this.repository = repository;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.pending", repository, r -> r.get().countPending())
                .description("Events written and not yet acknowledged by the broker").register(registry);
        Gauge.builder("outbox.parked", repository, r -> r.get().countParked())
                .description("Events the broker kept refusing; an operator must resend them").register(registry);
    }
}
