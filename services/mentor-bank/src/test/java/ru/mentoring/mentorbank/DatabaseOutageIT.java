package ru.mentoring.mentorbank;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.mentoring.support.testing.TcpProxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * PostgreSQL briefly unreachable (the service's connections go through a proxy the test cuts): every
 * request answers 503 problem+json with Retry-After within seconds, not a hang and not a 500; a write
 * refused during the outage left nothing behind; the service recovers by itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT implements TestPropertyProvider {

    private final TcpProxy proxy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject EmbeddedServer server;

    DatabaseOutageIT() {
        try {
            proxy = new TcpProxy(System.getenv().getOrDefault("PG_HOST", "127.0.0.1"),
                    Integer.parseInt(System.getenv().getOrDefault("PG_PORT", "5432")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/mentorbank_test");
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void requestsDuringAnOutageAnswer503AndTheServiceComesBack() throws Exception {
        assertThat(get("/api/mentors").statusCode()).isEqualTo(200);
        String name = "Во время сбоя " + UUID.randomUUID();

        proxy.cut();
        long started = System.nanoTime();
        HttpResponse<String> read = get("/api/mentors");
        HttpResponse<String> write = post("/api/mentors", "{\"fullName\":\"" + name + "\",\"kind\":\"TEACHER\",\"capacity\":2}");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        for (HttpResponse<String> answer : java.util.List.of(read, write)) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(answer.body()).contains("временно недоступен").doesNotContain("Exception");
        }
        assertThat(waited).as("an outage is answered, not waited out").isLessThan(Duration.ofSeconds(15));

        proxy.restore();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/mentors").statusCode() == 200);
        assertThat(get("/api/mentors?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).body())
                .as("the refused write left nothing").doesNotContain(name);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer("methodist")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer("methodist")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
