package ru.mentoring.mentorbank.people;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of people recorded before their names were kept with their steps (requests and nominations
 * once kept the login alone): looked up once per login in Keycloak through the bank's admin client,
 * and remembered. Keycloak unreachable: the login is shown this time, and asked again next time.
 */
@Singleton
public class People {

    private static final Logger LOG = LoggerFactory.getLogger(People.class);

    private final HttpClient http;
    private final String base;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    People(@Client HttpClient http, @Value("${mentoring.keycloak.url}") String base,
           @Value("${mentoring.keycloak.realm:mentoring}") String realm,
           @Value("${mentoring.keycloak.admin-client-id:mentor-bank-admin}") String clientId,
           @Value("${mentoring.keycloak.admin-client-secret:mentor-bank-admin-secret}") String clientSecret) {
        this.http = http;
        this.base = base;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The name kept with the step, or else the login's name in Keycloak, or else the login. */
    public String name(String keptName, String login) {
        if (keptName != null && !keptName.isBlank()) {
            return keptName;
        }
        if (login == null || login.isBlank()) {
            return "";
        }
        String known = names.get(login);
        if (known != null) {
            return known;
        }
        return lookUp(login).map(name -> {
            names.put(login, name);
            return name;
        }).orElse(login);
    }

    private Optional<String> lookUp(String login) {
        try {
            String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + clientSecret;
            Map<?, ?> token = http.toBlocking().retrieve(HttpRequest.POST(base + "/realms/" + realm
                    + "/protocol/openid-connect/token", form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);
            List<Map<String, Object>> users = http.toBlocking().retrieve(HttpRequest.GET(base + "/admin/realms/" + realm
                            + "/users?exact=true&username=" + URLEncoder.encode(login, StandardCharsets.UTF_8))
                    .bearerAuth((String) token.get("access_token")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return users.stream().findFirst().map(u -> (String.valueOf(u.getOrDefault("lastName", "")) + " "
                    + u.getOrDefault("firstName", "")).strip()).filter(n -> !n.isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("name of {} not found in Keycloak: {}", login, e.toString());
            return Optional.empty();
        }
    }
}
