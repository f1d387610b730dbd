package ru.mentoring.support.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import ru.mentoring.support.web.ProblemResponses;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * A token refused while Keycloak's signing keys cannot be fetched is not the caller's fault: the
 * answer is 503 with {@code Retry-After}, not 401, so clients wait instead of signing in again.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "mentoring.keycloak.jwks-url")
class IdentityOutageFilter implements Ordered {

    private static final long RECHECK_NANOS = Duration.ofSeconds(2).toNanos();

    private final URI jwks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile long checkedAt;
    private volatile boolean reachable = true;

    IdentityOutageFilter(@Value("${mentoring.keycloak.jwks-url}") URI jwks) {
        this.jwks = jwks;
        this.checkedAt = System.nanoTime() - RECHECK_NANOS;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean bearer = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class)
                .map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).orElse(false);
        if (response.code() != HttpStatus.UNAUTHORIZED.getCode() || !bearer || keycloakReachable()) {
            return response;
        }
        return ProblemResponses.unavailable("Сервис входа (Keycloak) временно недоступен: вход не может быть проверен. "
                + "Повторите попытку через несколько секунд.", 5);
    }

    private boolean keycloakReachable() {
        long now = System.nanoTime();
        if (now - checkedAt < RECHECK_NANOS) {
            return reachable;
        }
        try {
            var answer = http.send(java.net.http.HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(2))
                    .method("GET", BodyPublishers.noBody()).build(), BodyHandlers.discarding());
            reachable = answer.statusCode() == 200;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            reachable = false;
        }
        checkedAt = now;
        return reachable;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
