package ru.mentoring.mentorbank.nomination;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an approved mentor a login through Keycloak's admin API (service account of the confidential
 * client {@code mentor-bank-admin}): links the existing account with that e-mail, or creates one
 * with the {@code mentor} role, the home school and a temporary password.
 */
@Singleton
class KeycloakAccounts {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeycloakAccounts.class);

    private final HttpClient http;
    private final String base;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    KeycloakAccounts(@Client HttpClient http,
                     @Value("${mentoring.keycloak.url}") String base,
                     @Value("${mentoring.keycloak.realm:mentoring}") String realm,
                     @Value("${mentoring.keycloak.admin-client-id:mentor-bank-admin}") String clientId,
                     @Value("${mentoring.keycloak.admin-client-secret:mentor-bank-admin-secret}") String clientSecret) {
        this.http = http;
        this.base = base;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    record Account(String username, Optional<String> temporaryPassword) {
    }

    Account createOrLink(String email, String fullName, String schoolId) {
        try {
            String token = serviceToken();
            Optional<String> existing = findByEmail(token, email);
            if (existing.isPresent()) {
                grantMentorRole(token, existing.get());
                return new Account(email, Optional.empty());
            }
            String password = temporaryPassword();
            String[] names = splitName(fullName);
            http.toBlocking().exchange(admin("/users", token, Map.of(
                    "username", email, "email", email, "firstName", names[1], "lastName", names[0],
                    "enabled", true, "emailVerified", true,
                    "attributes", schoolId == null ? Map.of() : Map.of("school_id", List.of(schoolId)),
                    "credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)))));
            String id = findByEmail(token, email).orElseThrow(() -> unavailable(null));
            grantMentorRole(token, id);
            return new Account(email, Optional.of(password));
        } catch (HttpClientException e) {
            throw unavailable(e);
        }
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientSecret;
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.POST(base + "/realms/" + realm + "/protocol/openid-connect/token", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);
        return (String) body.get("access_token");
    }

    private Optional<String> findByEmail(String token, String email) {
        List<Map<String, Object>> users = http.toBlocking().retrieve(
                HttpRequest.GET(base + "/admin/realms/" + realm + "/users?exact=true&email="
                        + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return users.stream().map(u -> (String) u.get("id")).findFirst();
    }

    private void grantMentorRole(String token, String userId) {
        Map<?, ?> role = http.toBlocking().retrieve(
                HttpRequest.GET(base + "/admin/realms/" + realm + "/roles/mentor").bearerAuth(token), Map.class);
        http.toBlocking().exchange(admin("/users/" + userId + "/role-mappings/realm", token, List.of(role)));
    }

    private HttpRequest<?> admin(String path, String token, Object body) {
        return HttpRequest.POST(base + "/admin/realms/" + realm + path, body).bearerAuth(token);
    }

    private static String[] splitName(String fullName) {
        String[] parts = fullName.strip().split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : parts[0]};
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static HttpStatusException unavailable(Exception cause) {
        LOG.warn("Keycloak admin API refused or is unreachable", cause);
        return new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "Не удалось создать учётную запись наставника в Keycloak; выдвижение не одобрено, повторите попытку позже");
    }
}
