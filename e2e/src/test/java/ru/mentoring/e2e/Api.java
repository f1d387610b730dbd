package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the services' HTTP APIs as one of the demo users of the {@code mentoring} realm (password
 * {@code demo}), with real access tokens from Keycloak's public {@code mentoring-cli} client.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    static Answer get(String url, String user) {
        return send(request(url, user).GET().build());
    }

    static Answer getAnonymous(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    static Answer post(String url, String user, Object body) {
        try {
            return send(request(url, user).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer put(String url, String user, Object body) {
        try {
            return send(request(url, user).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer delete(String url, String user) {
        return send(request(url, user).DELETE().build());
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, Api::fetchToken);
    }

    private static HttpRequest.Builder request(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token(user));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fetchToken(String user) {
        String form = "grant_type=password&client_id=mentoring-cli&scope=openid&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Answer answer = send(HttpRequest.newBuilder(
                        URI.create(Platform.KEYCLOAK + "/realms/mentoring/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + answer);
        }
        return answer.json().path("access_token").asText();
    }
}
