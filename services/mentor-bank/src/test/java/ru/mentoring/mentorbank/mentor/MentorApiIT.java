package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The mentor bank's API with real Keycloak tokens, real PostgreSQL and the real broker. */
@MicronautTest(transactional = false)
class MentorApiIT {

    @Inject @Client("/") HttpClient http;
    @Inject ru.mentoring.support.kafka.Topics topics;
    @Inject ObjectMapper json;

    @org.junit.jupiter.api.BeforeEach
    void schools() {
        ru.mentoring.mentorbank.BankFixtures.schoolsExist(http);
    }

    @Test
    void methodistRegistersMentorAndTheProfileIsPublishedWithoutContacts() throws Exception {
        String name = "Соколова Ирина " + UUID.randomUUID();
        Map<String, Object> body = Map.of("fullName", name, "kind", "TEACHER", "capacity", 2,
                "homeSchoolId", "1", "email", "sokolova@example.org", "strengths", List.of("подготовка к ГИА"));

        var created = http.toBlocking().exchange(HttpRequest.POST("/api/mentors", body)
                .header("Authorization", bearer("methodist")), Map.class);

        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        String id = (String) created.body().get("id");
        Map<?, ?> read = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + id)
                .header("Authorization", bearer("methodist")), Map.class);
        assertThat(read.get("fullName")).isEqualTo(name);
        assertThat(read.get("freeCapacity")).isEqualTo(2);

        EventEnvelope<MentorProfileV1> event = awaitEventFor(id);
        assertThat(event.type()).isEqualTo("mentor.registered");
        assertThat(event.payload().fullName()).isEqualTo(name);
        assertThat(event.payload().strengths()).containsExactly("подготовка к ГИА");
        assertThat(json.writeValueAsString(event)).doesNotContain("sokolova@example.org");
    }

    @Test
    void mentorBaseTopicIsCompacted() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")))) {
            var topic = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topics.name(MentorEvents.TOPIC));
            var config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void curatorCannotRegisterMentorsInTheMunicipalBank() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/mentors",
                        Map.of("fullName", "X", "kind", "TEACHER", "capacity", 1))
                .header("Authorization", bearer("curator1"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }

    @Test
    void requestWithoutTokenIsRejected() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/mentors")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void invalidMentorGetsRussianProblemAndNothingIsSaved() {
        int before = countMentors();

        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.POST("/api/mentors", Map.of("kind", "TEACHER", "capacity", 0))
                        .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        String detail = String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail"));
        assertThat(detail).contains("Укажите ФИО наставника").contains("хотя бы одного наставляемого");
        assertThat(countMentors()).isEqualTo(before);
    }

    @Test
    void searchByStrengthFindsTheMentorsWithThatStrengthOnly() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String withStrength = ru.mentoring.mentorbank.BankFixtures.mentor(http, Map.of("fullName", "Поиск Сильный " + tag,
                "strengths", List.of("работа с детьми с ОВЗ", "проектная деятельность"), "forms", List.of("учитель – учитель")));
        String without = ru.mentoring.mentorbank.BankFixtures.mentor(http, Map.of("fullName", "Поиск Другой " + tag,
                "strengths", List.of("проектная деятельность")));

        List<String> found = ids("/api/mentors?strength=" + enc("Работа с детьми с ОВЗ") + "&q=" + enc(tag));
        List<String> byForm = ids("/api/mentors?form=TEACHER_TEACHER&q=" + enc(tag));
        List<String> byText = ids("/api/mentors?q=" + enc("поиск другой " + tag));

        assertThat(found).containsExactly(withStrength);
        assertThat(byForm).containsExactly(withStrength);
        assertThat(byText).containsExactly(without);
    }

    @Test
    void unknownCompetencyIsRefusedWithItsNameAndNothingIsSaved() {
        int before = countMentors();
        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.POST("/api/mentors", Map.of("fullName", "Неизвестная Компетенция",
                                "kind", "TEACHER", "capacity", 2, "strengths", List.of("левитация")))
                        .header("Authorization", bearer("methodist")), Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("Неизвестная компетенция: «левитация»");
        assertThat(countMentors()).isEqualTo(before);
    }

    @Test
    void capacityCannotDropBelowTheSeatsAlreadyTaken() {
        String id = ru.mentoring.mentorbank.BankFixtures.mentor(http, Map.of("capacity", 2));
        http.toBlocking().exchange(HttpRequest.POST("/api/mentor-requests", Map.of("mentorId", id, "need", "адаптация"))
                .header("Authorization", bearer("curator1")));
        http.toBlocking().exchange(HttpRequest.POST("/api/mentor-requests", Map.of("mentorId", id, "need", "ОГЭ"))
                .header("Authorization", bearer("curator2")));

        var error = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.PUT("/api/mentors/" + id, Map.of("fullName", "Новое имя",
                        "kind", "TEACHER", "capacity", 1)).header("Authorization", bearer("methodist")),
                        Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(422);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("Нельзя уменьшить вместимость до 1");
        Map<?, ?> unchanged = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/" + id)
                .header("Authorization", bearer("methodist")), Map.class);
        assertThat(unchanged.get("capacity")).isEqualTo(2);
        assertThat(unchanged.get("fullName")).isNotEqualTo("Новое имя");
    }

    private List<String> ids(String uri) {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET(uri).header("Authorization", bearer("methodist")), Map.class);
        return ((List<?>) list.get("items")).stream().map(m -> (String) ((Map<?, ?>) m).get("id")).toList();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void unknownMentorIsNotFound() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/mentors/" + UUID.randomUUID())
                .header("Authorization", bearer("methodist"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    private int countMentors() {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors")
                .header("Authorization", bearer("methodist")), Map.class);
        return ((List<?>) list.get("items")).size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EventEnvelope<MentorProfileV1> awaitEventFor(String mentorId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ConsumerConfig.GROUP_ID_CONFIG, "mentor-api-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicReference<EventEnvelope<MentorProfileV1>> found = new AtomicReference<>();
        Argument<EventEnvelope<MentorProfileV1>> type = (Argument) Argument.of(EventEnvelope.class, MentorProfileV1.class);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.name(MentorEvents.TOPIC)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (mentorId.equals(record.key())) {
                        found.set(json.readValue(record.value(), type));
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }
}
