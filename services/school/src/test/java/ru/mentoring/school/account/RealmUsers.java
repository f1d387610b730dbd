package ru.mentoring.school.account;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import ru.mentoring.support.testing.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The realm's users as Keycloak itself holds them (admin API, the school's own {@code school-admin}
 * service account), and a mentee signing in with a password as the {@code mentoring-cli} client does.
 */
final class RealmUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REALM = Tokens.keycloakUrl() + "/realms/mentoring";
    private static final String ADMIN = Tokens.keycloakUrl() + "/admin/realms/mentoring";

    private RealmUsers() {
    }

    /** The user with this e-mail: id, enabled, requiredActions, attributes… */
    static Optional<Map<String, Object>> byEmail(String email) {
        List<Map<String, Object>> users = json(send(HttpRequest.newBuilder(URI.create(ADMIN + "/users?exact=true&briefRepresentation=false&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + serviceToken()).GET()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return users.stream().findFirst();
    }

    static List<String> realmRoles(String userId) {
        List<Map<String, Object>> roles = json(send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId
                + "/role-mappings/realm")).header("Authorization", "Bearer " + serviceToken()).GET()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return roles.stream().map(r -> (String) r.get("name")).toList();
    }

    /** What the mentee does at the first sign-in: the required password change done, as far as Keycloak is concerned. */
    static void passwordChanged(String userId) {
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId)).header("Authorization", "Bearer " + serviceToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}")));
    }

    static void delete(String userId) {
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId)).header("Authorization", "Bearer " + serviceToken()).DELETE());
    }

    /** The password grant of the public client: status and body (the access token, or Keycloak's refusal). */
    static HttpResponse<String> signIn(String username, String password) {
        String form = "grant_type=password&client_id=mentoring-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String accessToken(HttpResponse<String> granted) {
        Map<String, Object> body = json(granted, Argument.mapOf(String.class, Object.class));
        return (String) body.get("access_token");
    }

    private static String serviceToken() {
        String form = "grant_type=client_credentials&client_id=school-admin&client_secret=school-admin-secret";
        return accessToken(send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + Tokens.keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T json(HttpResponse<String> response, Argument<T> type) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return ObjectMapper.getDefault().readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
