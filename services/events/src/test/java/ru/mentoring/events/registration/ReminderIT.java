package ru.mentoring.events.registration;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.events.testing.MailBox;
import ru.mentoring.support.time.AdjustableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The day before: everyone holding a place is reminded once, in the portal and by mail; the clock is moved, not waited for. */
@MicronautTest(transactional = false)
class ReminderIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @Inject @Client("/") HttpClient http;
    @Inject AdjustableClock clock;
    @Inject RegistrationService service;

    @Test
    void theDayBeforeEveryoneRegisteredIsRemindedOnce() {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Круглый стол наставников", 10);
        body.put("kind", "ROUND_TABLE");
        var start = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(12).atTime(15, 0).atZone(ZONE).toInstant();
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        String id = api.createId("methodist", body);
        api.apply(id, "curator3");
        String title = (String) api.get("/api/events/" + id, "curator3").get("title");
        try {
            clock.setOffset(Duration.between(clock.instant(), start.minus(Duration.ofHours(20))));
            service.remindAboutTomorrow();
            service.remindAboutTomorrow();
        } finally {
            clock.setOffset(Duration.ZERO);
        }

        assertThat(api.items("/api/me/notices", "curator3")).filteredOn(n -> "REMINDER".equals(n.get("kind"))
                && ((String) n.get("text")).contains(title)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages("curator3@mentoring.local"))
                .filteredOn(m -> m.subject().equals("Напоминание: мероприятие завтра") && m.text().contains(title)).hasSize(1));
    }
}
