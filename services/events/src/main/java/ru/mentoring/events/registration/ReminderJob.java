package ru.mentoring.events.registration;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every few minutes: the day-before reminder for events that start tomorrow, once per registration. */
@Singleton
@Requires(property = "mentoring.events.reminders.enabled", notEquals = "false")
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final RegistrationService service;

    ReminderJob(RegistrationService service) {
        this.service = service;
    }

    @Scheduled(fixedDelay = "${mentoring.events.reminders.every:5m}", initialDelay = "30s")
    void remind() {
        try {
            int told = service.remindAboutTomorrow();
            if (told > 0) {
                LOG.info("reminded {} participant(s) of tomorrow's events", told);
            }
        } catch (RuntimeException e) {
            LOG.warn("reminders will be retried: {}", e.toString());
        }
    }
}
