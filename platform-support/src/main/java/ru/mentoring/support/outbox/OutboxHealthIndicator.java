package ru.mentoring.support.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The outbox in the health report: how many events wait and how many are parked. Parked events do
 * not make the service unhealthy (it works, and other aggregates flow), but they need an operator:
 * the status says so.
 */
@Singleton
@Requires(property = "outbox.relay.enabled", notEquals = "false")
class OutboxHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    static final HealthStatus NEEDS_OPERATOR = new HealthStatus("UP", "Есть события, которые не удалось отправить: "
            + "нужен оператор (POST /outbox/parked/resend)", true, null);

    private final OutboxRepository repository;

    OutboxHealthIndicator(OutboxRepository repository) {
        this.repository = repository;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        long parked = repository.countParked();
        long pending = repository.countPending();
        healthStatus = parked > 0 ? NEEDS_OPERATOR : HealthStatus.UP;
        return Map.of("pending", pending, "parked", parked);
    }

    @Override
    protected String getName() {
        return "outbox";
    }
}
