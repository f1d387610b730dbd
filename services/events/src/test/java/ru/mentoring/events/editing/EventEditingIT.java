package ru.mentoring.events.editing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.events.testing.MailBox;
import ru.mentoring.support.time.AdjustableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The organiser changes an event after people applied: they hear of a new time or place; a refused change tells no one. */
@MicronautTest(transactional = false)
class EventEditingIT {

    private static final String CHANGED = "Мероприятие перенесено или изменилось место";

    @Inject @Client("/") HttpClient http;
    @Inject AdjustableClock clock;

    @Test
    void aNewTimeAndPlaceReachEveryoneHoldingOrAwaitingAPlaceAndThePlacesStay() {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Семинар для наставников", 1);
        String id = api.createId("methodist", body);
        api.apply(id, "curator3");
        assertThat(api.apply(id, "mentor1").get("status")).isEqualTo("WAITLISTED");
        Instant newStart = Instant.parse((String) body.get("startsAt")).plus(Duration.ofDays(1));

        Map<?, ?> edited = api.put("/api/events/" + id, "methodist", edit(body, newStart, "Школа № 5, актовый зал"));

        assertThat(edited.get("told")).as("the registered and the waiting").isEqualTo(2);
        Map<?, ?> event = api.get("/api/events/" + id, "mentor1");
        assertThat(event.get("venue")).isEqualTo("Школа № 5, актовый зал");
        assertThat(Instant.parse((String) event.get("startsAt"))).isEqualTo(newStart);
        assertThat(event.get("taken")).as("places are not touched by an edit").isEqualTo(1);
        for (String user : List.of("curator3", "mentor1")) {
            assertThat(api.items("/api/me/notices", user)).as(user).filteredOn(n -> "CHANGED".equals(n.get("kind"))
                    && ((String) n.get("text")).contains((String) body.get("title"))).singleElement()
                    .satisfies(n -> assertThat((String) n.get("text")).contains("Школа № 5, актовый зал"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages("curator3@mentoring.local"))
                .filteredOn(m -> m.subject().equals(CHANGED) && m.text().contains((String) body.get("title")))
                .singleElement().satisfies(m -> assertThat(m.text()).contains("Ваша регистрация сохраняется")));

        Map<String, Object> retitled = edit(body, newStart, "Школа № 5, актовый зал");
        retitled.put("title", body.get("title") + " (обновлено)");
        assertThat(api.put("/api/events/" + id, "methodist", retitled).get("told")).as("a new title moves no one").isEqualTo(0);
    }

    @Test
    void aRefusedChangeSaysEveryReasonChangesNothingAndTellsNoOne() {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Круглый стол", 5);
        String id = api.createId("methodist", body);
        api.apply(id, "curator3");
        Instant start = Instant.parse((String) body.get("startsAt"));
        Map<String, Object> wrong = edit(body, start, "");
        wrong.put("endsAt", start.minus(Duration.ofHours(1)).toString());

        var refusal = api.refusal(() -> api.put("/api/events/" + id, "methodist", wrong));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.contentType()).startsWith("application/problem+json");
        assertThat(refusal.detail()).contains("заканчиваться позже").contains("Укажите место проведения");
        Map<?, ?> event = api.get("/api/events/" + id, "curator3");
        assertThat(event.get("venue")).isEqualTo(body.get("venue"));
        assertThat(event.get("endsAt")).isEqualTo(body.get("endsAt"));
        assertThat(api.items("/api/me/notices", "curator3")).noneMatch(n -> "CHANGED".equals(n.get("kind"))
                && ((String) n.get("text")).contains((String) body.get("title")));
    }

    @Test
    void onlyTheOrganiserChangesAnEvent() {
        EventsApi api = new EventsApi(http, clock);
        var municipal = api.event("Конференция", 50);
        String municipalId = api.createId("methodist", municipal);
        var schools = api.event("Методический час школы", 10);
        String schoolsId = api.createId("curator1", schools);
        Instant start = Instant.parse((String) municipal.get("startsAt"));

        assertThat(api.refusal(() -> api.put("/api/events/" + municipalId, "curator2", edit(municipal, start, "Школа № 2")))
                .status()).as("seen, not run, by another school's curator").isEqualTo(403);
        assertThat(api.refusal(() -> api.put("/api/events/" + schoolsId, "curator2", edit(schools, start, "Школа № 2")))
                .status()).as("another school's event does not exist for them").isEqualTo(404);
        assertThat(api.refusal(() -> api.put("/api/events/" + municipalId, "mentor1", edit(municipal, start, "Школа № 2")))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/events/" + municipalId, "methodist").get("venue")).isEqualTo(municipal.get("venue"));
        assertThat(api.put("/api/events/" + schoolsId, "curator1", edit(schools, start, "Школа № 1, каб. 3"))
                .get("told")).isEqualTo(0);
    }

    @Test
    void cancellingCancelsEveryApplicationTellsEveryoneWhyAndClosesTheEvent() {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Стажировка", 1);
        String id = api.createId("methodist", body);
        api.apply(id, "curator3");
        api.apply(id, "mentor1");

        var noReason = api.refusal(() -> api.post("/api/events/" + id + "/cancellation", "methodist", Map.of("reason", " ")));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.detail()).contains("Укажите причину отмены");
        assertThat(api.get("/api/events/" + id + "/registrations/me", "curator3").get("status")).as("nothing changed")
                .isEqualTo("REGISTERED");
        assertThat(api.refusal(() -> api.post("/api/events/" + id + "/cancellation", "curator2", Map.of("reason", "Болезнь")))
                .status()).isEqualTo(403);

        Map<?, ?> cancelled = api.post("/api/events/" + id + "/cancellation", "methodist",
                Map.of("reason", "Ведущий заболел, стажировка пройдёт весной."));

        assertThat(cancelled.get("told")).isEqualTo(2);
        Map<?, ?> event = api.get("/api/events/" + id, "mentor1");
        assertThat(event.get("cancelled")).isEqualTo(true);
        assertThat(event.get("cancelReason")).isEqualTo("Ведущий заболел, стажировка пройдёт весной.");
        assertThat(event.get("registrationOpen")).isEqualTo(false);
        assertThat(event.get("taken")).as("the place is given back").isEqualTo(0);
        for (String user : List.of("curator3", "mentor1")) {
            assertThat(api.items("/api/me/registrations", user)).as(user)
                    .filteredOn(r -> id.equals(String.valueOf(((Map<?, ?>) r.get("event")).get("id"))))
                    .singleElement().satisfies(r -> assertThat(((Map<?, ?>) r.get("registration")).get("status")).isEqualTo("CANCELLED"));
            assertThat(api.items("/api/me/notices", user)).as(user).filteredOn(n -> "EVENT_CANCELLED".equals(n.get("kind"))
                    && ((String) n.get("text")).contains((String) body.get("title"))).singleElement()
                    .satisfies(n -> assertThat((String) n.get("text")).contains("Причина: Ведущий заболел, стажировка пройдёт весной. Ваша"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(MailBox.messages("curator3@mentoring.local"))
                .filteredOn(m -> m.subject().equals("Мероприятие отменено") && m.text().contains((String) body.get("title")))
                .hasSize(1));

        assertThat(api.refusal(() -> api.apply(id, "curator1")).detail()).contains("Мероприятие отменено");
        assertThat(api.refusal(() -> api.post("/api/events/" + id + "/cancellation", "methodist", Map.of("reason", "Ещё раз")))
                .detail()).contains("уже отменено");
        Instant start = Instant.parse((String) body.get("startsAt"));
        assertThat(api.refusal(() -> api.put("/api/events/" + id, "methodist", edit(body, start, "ИМЦ"))).detail())
                .contains("Мероприятие отменено: изменить его нельзя");
        assertThat(java.util.Arrays.stream(api.text("/api/calendar.ics", "mentor1").split("BEGIN:VEVENT"))
                .filter(block -> block.contains("UID:" + id + "@events.mentoring")))
                .as("subscribed calendars drop it").singleElement().asString().contains("STATUS:CANCELLED");
    }

    private static Map<String, Object> edit(Map<String, Object> created, Instant start, String venue) {
        Duration length = Duration.between(Instant.parse((String) created.get("startsAt")), Instant.parse((String) created.get("endsAt")));
        Map<String, Object> body = new HashMap<>();
        body.put("title", created.get("title"));
        body.put("format", "IN_PERSON");
        body.put("venue", venue);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(length).toString());
        return body;
    }
}
