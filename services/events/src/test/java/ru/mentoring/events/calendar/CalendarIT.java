package ru.mentoring.events.calendar;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The feeds parse in a standard calendar library and hold exactly what each audience may see. */
@MicronautTest(transactional = false)
class CalendarIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;

    @Test
    void publicFeedHoldsMunicipalEventsForAnyoneAndNoSchoolsOwn() throws Exception {
        EventsApi api = new EventsApi(http, clock);
        Map<String, Object> body = api.event("Конференция наставников", 50);
        String municipal = api.createId("methodist", body);
        String schoolOwn = api.createId("curator1", api.event("Педсовет школы", 30));

        Calendar calendar = parse(api.text("/api/calendar.ics", null));

        VEvent event = find(calendar, municipal);
        assertThat(event.getSummary().getValue()).isEqualTo("Семинар: " + body.get("title"));
        assertThat(event.getLocation().getValue()).isEqualTo("ИМЦ, ауд. 12");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.parse((String) body.get("startsAt"))));
        assertThat(uids(calendar)).doesNotContain(schoolOwn + "@events.mentoring");
    }

    @Test
    void personalFeedHoldsOwnRegistrationsWaitingOnesTentative() throws Exception {
        EventsApi api = new EventsApi(http, clock);
        String registered = api.createId("methodist", api.event("Интенсив", 5));
        String full = api.createId("methodist", api.event("Мастерская", 1));
        api.apply(registered, "curator3");
        api.apply(full, "curator1");
        api.apply(full, "curator3");

        Calendar calendar = parse(api.text("/api/me/calendar.ics", "curator3"));

        assertThat(find(calendar, registered).getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(find(calendar, full).getStatus().getValue()).isEqualTo("TENTATIVE");
    }

    @Test
    void networkProjectsCalendarIsForItsMemberSchools() throws Exception {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Сетевой семинар", 20);
        String project = java.util.UUID.randomUUID().toString();
        body.put("organiser", "NETWORK_PROJECT");
        body.put("networkProjectId", project);
        body.put("networkProjectName", "Наставник рядом");
        body.put("memberSchoolIds", List.of("2"));
        String id = api.createId("curator1", body);

        assertThat(uids(parse(api.text("/api/network-projects/" + project + "/calendar.ics", "curator2")))).contains(id + "@events.mentoring");
        assertThat(api.refusal(() -> api.text("/api/network-projects/" + project + "/calendar.ics", "curator3")).status()).isEqualTo(404);
        assertThat(api.refusal(() -> api.get("/api/events/" + id, "curator3")).status()).isEqualTo(404);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent find(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(id + "@events.mentoring")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("event " + id + " not in the feed"));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().map(u -> u.getValue()).orElse("")).toList();
    }
}
