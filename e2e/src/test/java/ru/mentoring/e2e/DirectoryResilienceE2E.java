package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The school's directory is its own read model: it answers while the mentor bank is stopped, and a
 * school service that was down catches up from Kafka when it returns. Services are stopped and
 * started for real, with the same script that runs them.
 */
class DirectoryResilienceE2E {

    private static final File REPO = new File(System.getProperty("user.dir")).getParentFile();

    @BeforeAll
    static void schools() {
        Platform.schoolsExist();
    }

    @Test
    void directoryAnswersWhileTheMentorBankIsDown() throws Exception {
        String name = "Устойчивый Наставник " + UUID.randomUUID();
        String id = register(name);
        awaitInDirectory(id);

        services("stop", "mentor-bank");
        try {
            assertThat(reachable(Platform.MENTOR_BANK + "/health")).as("the bank is really down").isFalse();
            Api.Answer directory = Api.get(Platform.SCHOOL + "/api/directory/mentors", "curator2");
            assertThat(directory.status()).isEqualTo(200);
            assertThat(ids(directory.json())).contains(id);
        } finally {
            services("start", "mentor-bank");
        }
    }

    @Test
    void schoolServiceCatchesUpWithWhatItMissedWhileDown() throws Exception {
        services("stop", "school");
        String id;
        try {
            id = register("Догоняющий Наставник " + UUID.randomUUID());
        } finally {
            services("start", "school");
        }
        awaitInDirectory(id);
    }

    private static boolean reachable(String url) {
        try {
            Api.getAnonymous(url);
            return true;
        } catch (java.io.UncheckedIOException refused) {
            return false;
        }
    }

    private static String register(String name) {
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of(
                "fullName", name, "kind", "TEACHER", "capacity", 2, "strengths", List.of("проектная деятельность")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static void awaitInDirectory(String id) {
        await("mentor " + id + " in the directory").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> ids(Api.get(Platform.SCHOOL + "/api/directory/mentors", "curator2").json()).contains(id));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(m -> m.path("id").asText()).toList();
    }

    /** The same script ./test.sh started the services with, so the same ports and databases. */
    private static void services(String action, String name) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "deploy/local/services.sh", action, name)
                .directory(REPO).inheritIO().start();
        assertThat(process.waitFor()).as("services.sh " + action + " " + name).isZero();
    }
}
