package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The thinnest slice through the whole running platform: every service is up, a mentor registered
 * in the municipal bank reaches another school's directory through Kafka, and a school's mentees
 * stay inside that school.
 */
class WalkingSkeletonE2E {

    @org.junit.jupiter.api.BeforeAll
    static void schools() {
        Platform.schoolsExist();
    }

    static Stream<Arguments> services() {
        return Platform.SERVICES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(service -> Arguments.of(service.getKey(), service.getValue()));
    }

    @ParameterizedTest(name = "{0} is healthy")
    @MethodSource("services")
    void everyServiceIsHealthy(String name, String url) {
        Api.Answer health = Api.getAnonymous(url + "/health");

        assertThat(health.status()).as(name + " /health: " + health).isEqualTo(200);
        assertThat(health.json().path("status").asText()).as(name).isEqualTo("UP");
    }

    @Test
    void mentorRegisteredByMethodistReachesAnotherSchoolsDirectory() {
        String name = "Сквозной Наставник " + UUID.randomUUID();
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of(
                "fullName", name, "kind", "TEACHER", "capacity", 2, "homeSchoolId", "1",
                "organisation", "Школа № 1", "position", "учитель математики",
                "strengths", List.of("подготовка к ГИА", "проектная деятельность")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).isNotBlank();

        // the school service learns about the mentor from Kafka: eventually, not at once
        await("mentor " + id + " in curator2's directory").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Answer directory = Api.get(Platform.SCHOOL + "/api/directory/mentors", "curator2");
                    assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
                    assertThat(items(directory.json()))
                            .anySatisfy(item -> {
                                assertThat(item.path("id").asText()).isEqualTo(id);
                                assertThat(item.path("fullName").asText()).isEqualTo(name);
                            });
                });
    }

    @Test
    void menteeStaysInsideItsSchool() {
        String name = "Наставляемый Сквозной " + UUID.randomUUID();
        Api.Answer created = Api.post(Platform.SCHOOL + "/api/mentees", "curator1", Map.of("fullName", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).isNotBlank();

        Api.Answer own = Api.get(Platform.SCHOOL + "/api/mentees/" + id, "curator1");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("fullName").asText()).isEqualTo(name);

        Api.Answer foreign = Api.get(Platform.SCHOOL + "/api/mentees/" + id, "curator2");
        assertThat(foreign.status()).as("another school's curator must not see the mentee: " + foreign).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(name);

        Api.Answer foreignList = Api.get(Platform.SCHOOL + "/api/mentees", "curator2");
        assertThat(foreignList.status()).as(foreignList.toString()).isEqualTo(200);
        assertThat(foreignList.body()).doesNotContain(id).doesNotContain(name);
    }

    @Test
    void blankMenteeNameIsRefusedWithARussianProblem() {
        Api.Answer refused = Api.post(Platform.SCHOOL + "/api/mentees", "curator1", Map.of("fullName", "  "));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        String detail = refused.json().path("detail").asText();
        assertThat(detail).as("detail of " + refused).isNotBlank();
        assertThat(detail.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                .as("detail is in Russian: " + detail).isTrue();
    }

    /** The directory answers {@code {"items": [...]}}. */
    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }
}
