package ru.mentoring.school.oversight;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The curator's alerts, looked for soon after start and then every few minutes: an alert is given once
 * (see {@link OversightAlerts}), so looking often only means the curator hears of a new day's overdue
 * tasks early that day — also right after the clock of a test run was moved.
 */
@Singleton
@Requires(property = "mentoring.oversight.alerts.enabled", notEquals = "false")
class OversightJob {

    private static final Logger LOG = LoggerFactory.getLogger(OversightJob.class);

    private final OversightAlerts alerts;

    OversightJob(OversightAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelay = "${mentoring.oversight.alerts.every:5m}", initialDelay = "${mentoring.oversight.alerts.first:20s}")
    void look() {
        try {
            int told = alerts.scan();
            if (told > 0) {
                LOG.info("told curators of {} overdue task(s) or silent pair(s)", told);
            }
        } catch (RuntimeException e) {
            LOG.warn("the curators' alerts will be looked for again: {}", e.toString());
        }
    }
}
