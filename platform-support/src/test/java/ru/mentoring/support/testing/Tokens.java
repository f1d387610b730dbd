package ru.mentoring.support.testing;

import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the Keycloak the scripts start, for the demo users of the
 * {@code mentoring} realm (password {@code demo}), through the public {@code mentoring-cli} client.
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String keycloakUrl() {
        return System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static String fetch(String username) {
        String form = "grant_type=password&client_id=mentoring-cli&scope=openid&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/mentoring/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            Map<?, ?> body = ObjectMapper.getDefault().readValue(response.body(), Map.class);
            return (String) body.get("access_token");
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
