package ru.mentoring.support.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a bearer token once and remembers the result for a minute at most (never past the token's
 * expiry). A signed-in user's every page makes several calls with the same access token, and checking
 * its RSA signature again each time was a tenth of a service's CPU per request (the demo's services
 * run without C2's BigInteger intrinsics). The token is remembered by its full text, signature
 * included, so a different or altered token is verified afresh; a refused token is never remembered.
 * Asked before Keycloak's own validator, which answers everything it is not sure of.
 */
@Singleton
@Requires(beans = ReactiveJsonWebTokenValidator.class)
public class RememberedTokens implements TokenValidator<HttpRequest<?>> {

    static final Duration AT_MOST = Duration.ofMinutes(1);
    private static final int MEMORY = 10_000;

    private record Verified(Authentication authentication, Instant until) {
    }

    private final TokenValidator<HttpRequest<?>> verifier;
    private final Clock clock;
    private final Map<String, Verified> memory = new ConcurrentHashMap<>();

    @Inject
    @SuppressWarnings({"unchecked", "rawtypes"})
    RememberedTokens(ReactiveJsonWebTokenValidator verifier, Clock clock) {
        this((TokenValidator<HttpRequest<?>>) verifier, clock);
    }

    RememberedTokens(TokenValidator<HttpRequest<?>> verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        Instant now = clock.instant();
        Verified known = memory.get(token);
        if (known != null && now.isBefore(known.until())) {
            return Publishers.just(known.authentication());
        }
        return Publishers.map(verifier.validateToken(token, request), user -> {
            remember(token, user, now);
            return user;
        });
    }

    private void remember(String token, Authentication user, Instant now) {
        Instant expires = expiry(user.getAttributes().get("exp"));
        if (expires == null) {
            return;
        }
        Instant until = now.plus(AT_MOST).isBefore(expires) ? now.plus(AT_MOST) : expires;
        if (memory.size() >= MEMORY) {
            memory.values().removeIf(v -> !now.isBefore(v.until()));
            if (memory.size() >= MEMORY) {
                memory.clear();
            }
        }
        memory.put(token, new Verified(user, until));
    }

    private static @Nullable Instant expiry(@Nullable Object exp) {
        return switch (exp) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
