package ru.mentoring.practices.review;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experts a methodist may assign: the users holding the realm role {@code expert} in Keycloak, read
 * through its admin API with the service account of the confidential client {@code practices-admin}
 * (view and query users only). Kept for a minute, so a queue of assignments costs one call.
 */
@Singleton
class ExpertDirectory {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final HttpClient http;
    private final String base;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private volatile Cached cached;

    ExpertDirectory(@Client HttpClient http,
                    @Value("${mentoring.keycloak.url:`http://localhost:8180`}") String base,
                    @Value("${mentoring.keycloak.realm:mentoring}") String realm,
                    @Value("${practices.keycloak.client-id:practices-admin}") String clientId,
                    @Value("${practices.keycloak.client-secret:practices-admin-secret}") String clientSecret,
                    Clock clock) {
        this.http = http;
        this.base = base;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    @Serdeable
    record Expert(String username, String fullName, String email) {
    }

    private record Cached(List<Expert> experts, Instant at) {
    }

    List<Expert> all() {
        Cached current = cached;
        if (current != null && current.at().plus(FRESH).isAfter(clock.instant())) {
            return current.experts();
        }
        List<Expert> fresh = fetch();
        cached = new Cached(fresh, clock.instant());
        return fresh;
    }

    Optional<Expert> find(String username) {
        return all().stream().filter(e -> e.username().equals(username)).findFirst();
    }

    private List<Expert> fetch() {
        try {
            String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientSecret;
            Map<?, ?> token = http.toBlocking().retrieve(HttpRequest.POST(base + "/realms/" + realm
                            + "/protocol/openid-connect/token", form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                    Map.class);
            List<Map<String, Object>> users = http.toBlocking().retrieve(
                    HttpRequest.GET(base + "/admin/realms/" + realm + "/roles/expert/users?first=0&max=500")
                            .bearerAuth(String.valueOf(token.get("access_token"))),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return users.stream()
                    .filter(u -> !Boolean.FALSE.equals(u.get("enabled")))
                    .map(u -> new Expert(String.valueOf(u.get("username")), fullName(u),
                            u.get("email") == null ? "" : String.valueOf(u.get("email"))))
                    .sorted(Comparator.comparing(Expert::fullName))
                    .toList();
        } catch (HttpClientException e) {
            org.slf4j.LoggerFactory.getLogger(ExpertDirectory.class).warn("expert directory unavailable: {}", e.toString());
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Список экспертов временно недоступен. Повторите попытку позже.");
        }
    }

    private static String fullName(Map<String, Object> user) {
        String last = user.get("lastName") == null ? "" : String.valueOf(user.get("lastName"));
        String first = user.get("firstName") == null ? "" : String.valueOf(user.get("firstName"));
        String name = (last + " " + first).strip();
        return name.isEmpty() ? String.valueOf(user.get("username")) : name;
    }
}
