package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mentor shared through a network project reaches the directories of the project's member
 * schools and no other, across both services and the broker.
 */
class NetworkSharingE2E {

    @BeforeAll
    static void schools() {
        Platform.schoolsExist();
    }

    @Test
    void poolMentorIsSeenByMemberSchoolsOnly() {
        Api.Answer project = Api.post(Platform.MENTOR_BANK + "/api/network-projects", "methodist", Map.of(
                "name", "Проект " + UUID.randomUUID(), "leadSchoolId", "1", "startsOn", LocalDate.now().minusMonths(3).toString(), "endsOn", LocalDate.now().plusYears(2).toString()));
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        String projectId = project.json().path("id").asText();
        Api.Answer agreement = Api.post(Platform.MENTOR_BANK + "/api/network-projects/" + projectId + "/agreements", "methodist",
                Map.of("schoolId", "2", "number", "E2E-" + UUID.randomUUID(), "signedOn", LocalDate.now().minusMonths(4).toString(),
                        "validFrom", LocalDate.now().minusMonths(3).toString(), "validTo", LocalDate.now().plusYears(2).toString()));
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(201);
        String shared = mentor("Сетевой " + UUID.randomUUID(), "NETWORK");
        Api.Answer pool = Api.post(Platform.MENTOR_BANK + "/api/network-projects/" + projectId + "/pool", "methodist",
                Map.of("mentorId", shared));
        assertThat(pool.status()).as(pool.toString()).isEqualTo(200);
        String marker = mentor("Маркер " + UUID.randomUUID(), "MUNICIPAL");

        awaitSeen("curator2", shared);
        awaitSeen("curator1", shared);
        awaitSeen("curator3", marker);
        assertThat(ids("curator3")).as("school 3 is outside the project").doesNotContain(shared);
        JsonNode entry = StreamSupport.stream(directory("curator2").path("items").spliterator(), false)
                .filter(m -> m.path("id").asText().equals(shared)).findFirst().orElseThrow();
        assertThat(entry.path("visibility").asText()).isEqualTo("NETWORK");
        assertThat(entry.path("freeCapacity").asInt()).isEqualTo(2);
    }

    private static String mentor(String name, String visibility) {
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of(
                "fullName", name, "kind", "TEACHER", "capacity", 2, "homeSchoolId", "1", "visibility", visibility,
                "strengths", List.of("функциональная грамотность")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static void awaitSeen(String curator, String id) {
        await(curator + " sees " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> ids(curator).contains(id));
    }

    private static List<String> ids(String curator) {
        return StreamSupport.stream(directory(curator).path("items").spliterator(), false)
                .map(m -> m.path("id").asText()).toList();
    }

    private static JsonNode directory(String curator) {
        return Api.get(Platform.SCHOOL + "/api/directory/mentors", curator).json();
    }
}
