package ru.mentoring.support.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;

/** Tokens cannot be verified without Keycloak's signing keys, so the service is not healthy without them. */
@Singleton
@Requires(property = "mentoring.keycloak.jwks-url")
class KeycloakHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final HttpClient client;
    private final URI jwks;

    KeycloakHealthIndicator(@Client HttpClient client, @Value("${mentoring.keycloak.jwks-url}") URI jwks) {
        this.client = client;
        this.jwks = jwks;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        var response = client.toBlocking().exchange(HttpRequest.GET(jwks), String.class);
        healthStatus = response.getStatus().getCode() == 200 ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("jwks", jwks.toString());
    }

    @Override
    protected String getName() {
        return "keycloak";
    }
}
