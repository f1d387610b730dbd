package ru.mentoring.events;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.registration.RegistrationChangedV1;
import ru.mentoring.model.registration.RegistrationEvents;
import ru.mentoring.model.registration.RegistrationStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Events and registration with real Keycloak tokens, real PostgreSQL and the real broker. */
@MicronautTest(transactional = false)
class EventsApiIT {

    private static final List<String> EVERYONE =
            List.of("methodist", "curator1", "curator2", "curator3", "mentor1", "expert1", "admin");

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    @Test
    void methodistCreatesMunicipalEventEveryoneSeesIt() {
        Map<?, ?> created = createEvent("methodist", event("Семинар для наставников", 30));

        assertThat(created.get("municipal")).isEqualTo(true);
        assertThat(created.get("organiserSchoolId")).isNull();
        assertThat(created.get("typeTitle")).isEqualTo("Семинар");
        assertThat(created.get("freePlaces")).isEqualTo(30);
        Map<?, ?> read = get("/api/events/" + created.get("id"), "mentor1");
        assertThat(read.get("title")).isEqualTo(created.get("title"));
        assertThat(listIds("expert1")).contains(created.get("id"));
    }

    @Test
    void curatorCreatedEventBelongsToTheCuratorsSchool() {
        var body = event("Открытые уроки школы", 10);
        body.put("organiserSchoolId", "3");

        Map<?, ?> created = createEvent("curator1", body);

        assertThat(created.get("municipal")).isEqualTo(false);
        assertThat(created.get("organiserSchoolId")).isEqualTo("1");
    }

    @Test
    void mentorCannotCreateEvents() {
        var error = assertThrows(HttpClientResponseException.class, () -> createEvent("mentor1", event("X", 5)));
        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void requestWithoutTokenIsRejected() {
        var error = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/events")));
        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void fullEventWaitlistsThenCancellationPromotesAndEveryChangeIsPublished() {
        String id = (String) createEvent("methodist", event("День наставника", 1)).get("id");

        assertThat(register(id, "mentor1").get("status")).isEqualTo("REGISTERED");
        assertThat(register(id, "expert1").get("status")).isEqualTo("WAITLISTED");
        assertThat(get("/api/events/" + id, "mentor1").get("freePlaces")).isEqualTo(0);

        var cancelled = http.toBlocking().exchange(HttpRequest.DELETE("/api/events/" + id + "/registrations/me")
                .header("Authorization", bearer("mentor1")));
        assertThat(cancelled.status().getCode()).isEqualTo(HttpStatus.NO_CONTENT.getCode());

        assertThat(get("/api/events/" + id + "/registrations/me", "expert1").get("status")).isEqualTo("REGISTERED");
        assertThat(get("/api/events/" + id, "mentor1").get("freePlaces")).isEqualTo(0);
        var notRegistered = assertThrows(HttpClientResponseException.class,
                () -> get("/api/events/" + id + "/registrations/me", "mentor1"));
        assertThat(notRegistered.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());

        List<EventEnvelope<RegistrationChangedV1>> published = awaitChanges(id, 4);
        assertThat(published).extracting(e -> e.payload().status()).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED);
        assertThat(published).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("registration.changed");
            assertThat(e.payload().eventId()).hasToString(id);
        });
        assertThat(published.get(0).payload().schoolId()).isEqualTo("1");
        assertThat(published.get(3).payload().registrationId()).isEqualTo(published.get(1).payload().registrationId());
    }

    @Test
    void secondRegistrationOfTheSamePersonIsAConflict() {
        String id = (String) createEvent("curator2", event("Интенсив", 5)).get("id");
        register(id, "curator2");

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/events/" + id + "/registrations", Map.of())
                        .header("Authorization", bearer("curator2")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(problemDetail(error)).contains("Вы уже зарегистрированы");
        assertThat(get("/api/events/" + id, "curator2").get("registered")).isEqualTo(1);
    }

    @Test
    void registrationBeforeTheWindowOpensIsRefused() {
        var body = event("Конкурс «Педагог-наставник»", 5);
        body.put("opensAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        String id = (String) createEvent("methodist", body).get("id");

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/events/" + id + "/registrations", Map.of())
                        .header("Authorization", bearer("mentor1")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(problemDetail(error)).contains("ещё не открыта");
    }

    @Test
    void capacityHoldsWhenEveryonePressesAtOnce() throws Exception {
        String id = (String) createEvent("methodist", event("Стажировка", 2)).get("id");
        EVERYONE.forEach(ru.mentoring.support.testing.Tokens::of);

        List<Callable<Object>> attempts = new ArrayList<>();
        for (String user : EVERYONE) {
            attempts.add(() -> register(id, user).get("status"));
        }
        List<Object> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(EVERYONE.size())) {
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).filteredOn("REGISTERED"::equals).hasSize(2);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(EVERYONE.size() - 2);
        assertThat(get("/api/events/" + id, "methodist").get("registered")).isEqualTo(2);
    }

    @Test
    void missingFieldsGetRussianProblemAndNothingIsSaved() {
        int before = listIds("methodist").size();

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/events", Map.of("format", "ONLINE", "capacity", 0))
                        .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(problemDetail(error)).contains("Укажите название мероприятия").contains("хотя бы одно место");
        assertThat(listIds("methodist")).hasSize(before);
    }

    @Test
    void impossibleDatesGetRussianProblemAndNothingIsSaved() {
        int before = listIds("methodist").size();
        var body = event("Семинар наоборот", 10);
        body.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("closesAt", Instant.now().plus(20, ChronoUnit.DAYS).toString());

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/events", body).header("Authorization", bearer("methodist")),
                Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(problemDetail(error)).contains("заканчиваться позже").contains("не позже начала");
        assertThat(listIds("methodist")).hasSize(before);
    }

    private static Map<String, Object> event(String title, int capacity) {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title + " " + UUID.randomUUID());
        body.put("type", title.startsWith("День") ? "MENTOR_DAY" : "SEMINAR");
        body.put("format", "IN_PERSON");
        body.put("venue", "ИМЦ, ауд. 12");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        body.put("capacity", capacity);
        return body;
    }

    private Map<?, ?> createEvent(String user, Map<String, Object> body) {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/events", body)
                .header("Authorization", bearer(user)), Map.class);
        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        return created.body();
    }

    private Map<?, ?> register(String eventId, String user) {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/events/" + eventId + "/registrations", Map.of())
                .header("Authorization", bearer(user)), Map.class);
        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        return created.body();
    }

    private Map<?, ?> get(String path, String user) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer(user)), Map.class);
    }

    private List<Object> listIds(String user) {
        return ((List<?>) get("/api/events", user).get("items")).stream().<Object>map(e -> ((Map<?, ?>) e).get("id")).toList();
    }

    private static String problemDetail(HttpClientResponseException error) {
        return String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<EventEnvelope<RegistrationChangedV1>> awaitChanges(String eventId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "events-api-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<EventEnvelope<RegistrationChangedV1>> found = new ArrayList<>();
        Argument<EventEnvelope<RegistrationChangedV1>> type =
                (Argument) Argument.of(EventEnvelope.class, RegistrationChangedV1.class);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(RegistrationEvents.TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (eventId.equals(record.key())) {
                        found.add(json.readValue(record.value(), type));
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }
}
