package ru.mentoring.school.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.support.tenancy.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentees' users in Keycloak, through its admin API as the service account of the confidential client
 * {@code school-admin} (manage-users): created with the realm role {@code mentee}, the school's
 * {@code school_id} and a temporary password, enabled again, disabled, or removed when the school
 * could not record the login it was made for.
 */
@Singleton
class KeycloakMentees {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakMentees.class);

    private final HttpClient http;
    private final String base;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    KeycloakMentees(@Client HttpClient http,
                    @Value("${mentoring.keycloak.url}") String base,
                    @Value("${mentoring.keycloak.realm:mentoring}") String realm,
                    @Value("${mentoring.keycloak.admin-client-id:school-admin}") String clientId,
                    @Value("${mentoring.keycloak.admin-client-secret:school-admin-secret}") String clientSecret) {
        this.http = http;
        this.base = base;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A user of the realm as far as a mentee's login cares. */
    record User(String id, String username, boolean enabled, Optional<String> schoolId, boolean mentee) {
    }

    /** The user who signs in with this e-mail, or whose user name it is. */
    Optional<User> find(String email) {
        return call(() -> {
            String token = serviceToken();
            Optional<Map<String, Object>> user = search(token, "email", email).or(() -> search(token, "username", email));
            return user.map(u -> toUser(token, u));
        });
    }

    /**
     * @return the new user's id, or nothing when the realm already has a user with this e-mail or user name
     * (made meanwhile); a user left half made (no role) is removed again
     */
    Optional<String> create(String email, String fullName, String schoolId, String temporaryPassword) {
        return call(() -> {
            String token = serviceToken();
            String[] names = lastAndFirstName(fullName);
            HttpResponse<?> created;
            try {
                created = http.toBlocking().exchange(admin(HttpRequest.POST(users(""), Map.of(
                        "username", email, "email", email, "firstName", names[1], "lastName", names[0],
                        "enabled", true, "emailVerified", true,
                        "attributes", Map.of("school_id", List.of(schoolId)),
                        "requiredActions", List.of("UPDATE_PASSWORD"),
                        "credentials", List.of(password(temporaryPassword)))), token));
            } catch (HttpClientResponseException e) {
                if (e.getStatus() == HttpStatus.CONFLICT) {
                    return Optional.empty();
                }
                throw e;
            }
            String location = created.getHeaders().get("Location");
            String id = location == null ? search(token, "username", email).map(u -> (String) u.get("id")).orElseThrow()
                    : location.substring(location.lastIndexOf('/') + 1);
            try {
                grantMenteeRole(token, id);
            } catch (RuntimeException e) {
                delete(id);
                throw e;
            }
            return Optional.of(id);
        });
    }

    /** Lets a disabled login in again, with a new temporary password to change at the first sign-in. */
    void enable(String userId, String temporaryPassword) {
        call(() -> {
            String token = serviceToken();
            http.toBlocking().exchange(admin(HttpRequest.PUT(users("/" + userId), Map.of("enabled", true,
                    "requiredActions", List.of("UPDATE_PASSWORD"))), token));
            http.toBlocking().exchange(admin(HttpRequest.PUT(users("/" + userId + "/reset-password"),
                    password(temporaryPassword)), token));
            return null;
        });
    }

    /** A user already gone from the realm counts as disabled. */
    void disable(String userId) {
        call(() -> {
            try {
                http.toBlocking().exchange(admin(HttpRequest.PUT(users("/" + userId), Map.of("enabled", false)), serviceToken()));
            } catch (HttpClientResponseException e) {
                if (e.getStatus() != HttpStatus.NOT_FOUND) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Undoes a creation the school could not record; a user already gone is fine. */
    void delete(String userId) {
        try {
            http.toBlocking().exchange(admin(HttpRequest.DELETE(users("/" + userId)), serviceToken()));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() != HttpStatus.NOT_FOUND) {
                LOG.error("Keycloak user {} was made for a mentee's login the school did not record and could not be removed",
                        userId, e);
            }
        } catch (HttpClientException e) {
            LOG.error("Keycloak user {} was made for a mentee's login the school did not record and could not be removed",
                    userId, e);
        }
    }

    private Optional<Map<String, Object>> search(String token, String field, String value) {
        List<Map<String, Object>> found = http.toBlocking().retrieve(
                admin(HttpRequest.GET(users("?exact=true&briefRepresentation=false&" + field + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8))), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return found.stream().findFirst();
    }

    private User toUser(String token, Map<String, Object> user) {
        String id = (String) user.get("id");
        Optional<String> school = Optional.ofNullable(user.get("attributes"))
                .map(a -> ((Map<?, ?>) a).get("school_id"))
                .flatMap(v -> v instanceof List<?> l && !l.isEmpty() ? Optional.of(String.valueOf(l.getFirst())) : Optional.empty());
        List<Map<String, Object>> roles = http.toBlocking().retrieve(
                admin(HttpRequest.GET(users("/" + id + "/role-mappings/realm")), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        boolean mentee = roles.stream().anyMatch(r -> Roles.MENTEE.equals(r.get("name")));
        return new User(id, (String) user.get("username"), Boolean.TRUE.equals(user.get("enabled")), school, mentee);
    }

    private void grantMenteeRole(String token, String userId) {
        Map<?, ?> role = http.toBlocking().retrieve(
                admin(HttpRequest.GET(base + "/admin/realms/" + realm + "/roles/" + Roles.MENTEE), token), Map.class);
        http.toBlocking().exchange(admin(HttpRequest.POST(users("/" + userId + "/role-mappings/realm"), List.of(role)), token));
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        Map<?, ?> body = http.toBlocking().retrieve(HttpRequest.POST(base + "/realms/" + realm
                + "/protocol/openid-connect/token", form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);
        return (String) body.get("access_token");
    }

    private String users(String rest) {
        return base + "/admin/realms/" + realm + "/users" + rest;
    }

    private static <B> HttpRequest<B> admin(io.micronaut.http.MutableHttpRequest<B> request, String token) {
        return request.bearerAuth(token);
    }

    private static Map<String, Object> password(String value) {
        return Map.of("type", "password", "value", value, "temporary", true);
    }

    /** "Иванов Пётр Сергеевич" → last name "Иванов", first name "Пётр Сергеевич" (Keycloak wants both). */
    static String[] lastAndFirstName(String fullName) {
        String[] parts = fullName.strip().split("\\s+", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : parts[0]};
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (HttpClientException e) {
            LOG.warn("Keycloak admin API refused or is unreachable", e);
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Служба входа (Keycloak) сейчас недоступна: вход не изменён, повторите попытку позже");
        }
    }
}
