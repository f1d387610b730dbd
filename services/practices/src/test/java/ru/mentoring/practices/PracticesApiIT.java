package ru.mentoring.practices;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.model.practice.PracticePublishedV1;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The practice library with real Keycloak tokens, real PostgreSQL and the real broker. */
@MicronautTest(transactional = false)
class PracticesApiIT {

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    @Test
    void submissionStaysInTheSchoolUntilPublishedThenEveryoneFindsIt() {
        String marker = marker();
        Map<?, ?> submitted = submit("curator1", Map.of(
                "title", "Наставник рядом: первый год молодого педагога " + marker,
                "summary", "Опытные учителя сопровождают молодых коллег, взаимопосещение уроков.",
                "form", "учитель–учитель",
                "competencies", List.of("организация современного урока"),
                "year", 2026,
                "schoolId", "2"));
        String id = (String) submitted.get("id");

        assertThat(submitted.get("schoolId")).isEqualTo("1");
        assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
        assertThat(status(() -> get("/api/practices/" + id, "curator2"))).isEqualTo(404);
        assertThat(status(() -> get("/api/practices/" + id, "mentor1"))).isEqualTo(404);
        assertThat(search("наставника " + marker, "curator2")).doesNotContain(id);
        assertThat(search("наставника " + marker, "curator1")).contains(id);
        assertThat(get("/api/practices/" + id, "expert1").get("status")).isEqualTo("SUBMITTED");

        Map<?, ?> published = post("/api/practices/" + id + "/publish", Map.of(), "methodist");

        assertThat(published.get("status")).isEqualTo("PUBLISHED");
        assertThat(get("/api/practices/" + id, "curator2").get("title")).isEqualTo(submitted.get("title"));
        assertThat(search("Наставникам " + marker.toUpperCase(), "curator2")).containsExactly(id);
        assertThat(search("наставников " + marker, "mentor1")).containsExactly(id);
        assertThat(search("учительница " + marker, "mentor1")).isEmpty();

        EventEnvelope<PracticePublishedV1> event = awaitPublished(id);
        assertThat(event.type()).isEqualTo("practice.published");
        assertThat(event.schoolId()).isEqualTo("1");
        assertThat(event.payload().title()).isEqualTo(submitted.get("title"));
        assertThat(event.payload().competencies()).containsExactly("организация современного урока");
    }

    @Test
    void rejectionNeedsAReasonInRussian() {
        String id = (String) submit("curator3", practice("Клуб молодого учителя " + marker())).get("id");

        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/practices/" + id + "/reject", Map.of("reason", " "))
                        .header("Authorization", bearer("expert1")), Argument.of(Map.class), Argument.of(Map.class)));
        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(problemDetail(error)).contains("Укажите причину отклонения");
        assertThat(get("/api/practices/" + id, "curator3").get("status")).isEqualTo("SUBMITTED");

        Map<?, ?> rejected = post("/api/practices/" + id + "/reject",
                Map.of("reason", "Нет описания результатов"), "expert1");
        assertThat(rejected.get("status")).isEqualTo("REJECTED");
        assertThat(get("/api/practices/" + id, "curator3").get("rejectionReason")).isEqualTo("Нет описания результатов");

        var again = assertThrows(HttpClientResponseException.class,
                () -> post("/api/practices/" + id + "/publish", Map.of(), "methodist"));
        assertThat(again.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void onlyCuratorsSubmitAndOnlyReviewersPublish() {
        assertThat(status(() -> submit("mentor1", practice("Практика наставника " + marker())))).isEqualTo(403);
        String id = (String) submit("curator1", practice("Практика " + marker())).get("id");
        assertThat(status(() -> post("/api/practices/" + id + "/publish", Map.of(), "curator1"))).isEqualTo(403);
        assertThat(status(() -> http.toBlocking().exchange(HttpRequest.GET("/api/practices")))).isEqualTo(401);
    }

    @Test
    void invalidSubmissionGetsRussianProblem() {
        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/practices", Map.of("year", 1990))
                        .header("Authorization", bearer("curator1")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(problemDetail(error)).contains("Укажите название практики").contains("не раньше 2000");
    }

    private static Map<String, Object> practice(String title) {
        return Map.of("title", title, "summary", "Описание практики", "year", 2025);
    }

    /** A made-up Latin word makes each test's search hits its own, whatever earlier runs left in the database. */
    private static String marker() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private Map<?, ?> submit(String user, Map<String, Object> body) {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/practices", body)
                .header("Authorization", bearer(user)), Map.class);
        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        return created.body();
    }

    private Map<?, ?> post(String path, Map<String, Object> body, String user) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", bearer(user)), Map.class);
    }

    private Map<?, ?> get(String path, String user) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer(user)), Map.class);
    }

    private List<Object> search(String q, String user) {
        var uri = UriBuilder.of("/api/practices").queryParam("q", q).build();
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET(uri).header("Authorization", bearer(user)), Map.class);
        return ((List<?>) list.get("items")).stream().<Object>map(p -> ((Map<?, ?>) p).get("id")).toList();
    }

    private static int status(Runnable call) {
        var error = assertThrows(HttpClientResponseException.class, call::run);
        return error.getStatus().getCode();
    }

    private static String problemDetail(HttpClientResponseException error) {
        return String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EventEnvelope<PracticePublishedV1> awaitPublished(String practiceId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "practices-api-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicReference<EventEnvelope<PracticePublishedV1>> found = new AtomicReference<>();
        Argument<EventEnvelope<PracticePublishedV1>> type = (Argument) Argument.of(EventEnvelope.class, PracticePublishedV1.class);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(PracticeEvents.TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (practiceId.equals(record.key())) {
                        found.set(json.readValue(record.value(), type));
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }
}
