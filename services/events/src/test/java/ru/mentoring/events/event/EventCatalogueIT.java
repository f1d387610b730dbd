package ru.mentoring.events.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalogue with real tokens: who organises what, who sees what, and refusals in Russian that change nothing. */
@MicronautTest(transactional = false)
class EventCatalogueIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;

    @Test
    void everySeedKindCanBeOrganisedAndReadsBackWithItsRussianNames() {
        EventsApi api = new EventsApi(http, clock);
        for (String kind : List.of("SEMINAR", "OPEN_LESSONS", "MENTOR_DAY", "PROJECT_FESTIVAL", "COMPETITION", "INTERNSHIP",
                "INTENSIVE", "CONFERENCE", "ROUND_TABLE")) {
            var body = api.event("Вид " + kind, 10);
            body.put("kind", kind);
            body.put("format", "HYBRID");
            body.put("onlineUrl", "https://vk.com/video/mentoring");
            Map<?, ?> created = api.create("methodist", body);
            assertThat(created.get("organiser")).isEqualTo("MUNICIPALITY");
            assertThat((String) created.get("kindTitle")).isNotBlank().doesNotContainPattern("[A-Za-z_]{4,}");
        }
        var mentorDay = api.event("День", 10);
        mentorDay.put("kind", "MENTOR_DAY");
        assertThat(api.create("methodist", mentorDay).get("kindTitle")).isEqualTo("День наставника «Я — профессионал»");
    }

    @Test
    void anOrganisersFormOffersEveryCodeThisServiceTakesWithItsRussianTitle() {
        Map<?, ?> vocabulary = new EventsApi(http, clock).get("/api/event-vocabulary", "curator1");
        assertThat(codes(vocabulary, "kinds")).containsExactly(java.util.Arrays.stream(EventKind.values()).map(Enum::name).toArray());
        assertThat(codes(vocabulary, "formats")).containsExactly(java.util.Arrays.stream(EventFormat.values()).map(Enum::name).toArray());
        assertThat(codes(vocabulary, "audiences")).containsExactly(java.util.Arrays.stream(Audience.values()).map(Enum::name).toArray());
        assertThat(codes(vocabulary, "fieldTypes")).containsExactly(java.util.Arrays.stream(FieldType.values()).map(Enum::name).toArray());
        for (String list : List.of("kinds", "formats", "audiences", "fieldTypes")) {
            ((List<?>) vocabulary.get(list)).forEach(t -> assertThat((String) ((Map<?, ?>) t).get("title"))
                    .isNotBlank().doesNotContainPattern("[A-Za-z]"));
        }
        assertThat(((List<?>) vocabulary.get("kinds")).getFirst()).isEqualTo(Map.of("code", "SEMINAR", "title", "Семинар"));
    }

    private static List<Object> codes(Map<?, ?> vocabulary, String list) {
        return ((List<?>) vocabulary.get(list)).stream().map(t -> ((Map<?, ?>) t).get("code")).map(Object.class::cast).toList();
    }

    @Test
    void aCuratorsEventBelongsToTheirSchoolWhateverTheBodySaysAndOthersDoNotSeeIt() {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Открытые уроки", 10);
        body.put("leadSchoolId", "3");
        Map<?, ?> created = api.create("curator1", body);

        assertThat(created.get("organiser")).isEqualTo("SCHOOL");
        assertThat(created.get("organiserSchoolId")).isEqualTo("1");
        assertThat(api.get("/api/events/" + created.get("id"), "mentor1").get("title")).isEqualTo(body.get("title"));
        assertThat(api.refusal(() -> api.get("/api/events/" + created.get("id"), "curator2")).status()).isEqualTo(404);
        assertThat(api.items("/api/events", "curator2")).noneMatch(e -> e.get("id").equals(created.get("id")));
    }

    @Test
    void aMentorCannotOrganiseAndNobodyWithoutATokenReadsTheCatalogue() {
        EventsApi api = new EventsApi(http, clock);
        assertThat(api.refusal(() -> api.create("mentor1", api.event("X", 5))).status()).isEqualTo(403);
        var noToken = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(HttpRequest.GET("/api/events")));
        assertThat(noToken.getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void everyProblemOfTheFormAtOnceInRussianAndNothingSaved() {
        EventsApi api = new EventsApi(http, clock);
        int before = api.items("/api/events", "methodist").size();
        var body = api.event("Наоборот", 10);
        body.put("endsAt", clock.instant().plus(Duration.ofDays(1)).toString());
        body.put("closesAt", clock.instant().plus(Duration.ofDays(20)).toString());
        body.put("kind", "PROJECT_FESTIVAL");
        body.put("participation", "TEAM");
        body.remove("venue");

        var refusal = api.refusal(() -> api.create("methodist", body));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.contentType()).isEqualTo("application/problem+json");
        assertThat(refusal.detail()).contains("заканчиваться позже").contains("не позже начала")
                .contains("размер команды").contains("Укажите место проведения");
        var missing = api.refusal(() -> api.create("methodist", Map.of("format", "ONLINE", "capacity", 0)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("Укажите название мероприятия").contains("хотя бы одно место");
        assertThat(api.items("/api/events", "methodist")).hasSize(before);
    }

    @Test
    void aYearlySeriesDatesEachYearByItsRuleAndShowsItsDynamics() {
        EventsApi api = new EventsApi(http, clock);
        int year = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow")).getYear() + 1;
        Instant start = LocalDate.of(year, 3, 3).atTime(10, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant();
        var event = api.event("Фестиваль открытых уроков", 100);
        event.put("kind", "OPEN_LESSONS");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plus(Duration.ofHours(6)).toString());
        event.put("opensAt", start.minus(Duration.ofDays(30)).toString());
        Map<?, ?> series = api.post("/api/event-series", "methodist", Map.of("event", event, "year", year,
                "recurrence", Map.of("rule", "NTH_WEEKDAY", "month", 3, "weekday", "WEDNESDAY", "ordinal", 1)));
        String id = (String) series.get("id");
        assertThat(series.get("rule")).isEqualTo("первая среда марта");

        Map<?, ?> next = api.post("/api/event-series/" + id + "/years/" + (year + 1), "methodist", Map.of());
        Instant nextStart = Instant.parse((String) next.get("startsAt"));
        assertThat(LocalDate.ofInstant(nextStart, ZoneId.of("Europe/Moscow")).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(LocalDate.ofInstant(nextStart, ZoneId.of("Europe/Moscow")).getDayOfMonth()).isLessThanOrEqualTo(7);
        assertThat(Instant.parse((String) next.get("opensAt"))).isEqualTo(nextStart.minus(Duration.ofDays(30)));
        assertThat(api.refusal(() -> api.post("/api/event-series/" + id + "/years/" + (year + 1), "methodist", Map.of())).status())
                .isEqualTo(409);

        api.post("/api/event-series/" + id + "/history", "methodist", Map.of("year", year - 1, "participants", 64, "schools", 9));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dynamics = (List<Map<String, Object>>) api.get("/api/event-series/" + id, "curator1").get("dynamics");
        assertThat(dynamics).extracting(d -> d.get("year")).containsExactly(year - 1, year, year + 1);
        assertThat(dynamics.get(0).get("participants")).isEqualTo(64);
    }
}
