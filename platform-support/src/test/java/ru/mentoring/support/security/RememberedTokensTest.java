package ru.mentoring.support.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import ru.mentoring.support.time.AdjustableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedTokensTest {

    private final AdjustableClock clock = new AdjustableClock();
    private final Verifier verifier = new Verifier();
    private final RememberedTokens tokens = new RememberedTokens(verifier, clock);

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWithinAMinute() {
        verifier.expiresIn(Duration.ofMinutes(5));

        assertThat(user("token-a")).isEqualTo("methodist");
        assertThat(user("token-a")).isEqualTo("methodist");
        clock.setOffset(Duration.ofSeconds(59));
        assertThat(user("token-a")).isEqualTo("methodist");

        assertThat(verifier.verified).containsExactly("token-a");
    }

    @Test
    void afterAMinuteOrPastItsExpiryATokenIsVerifiedAgain() {
        verifier.expiresIn(Duration.ofMinutes(5));
        user("long-lived");
        clock.setOffset(Duration.ofSeconds(61));
        user("long-lived");

        verifier.expiresIn(Duration.ofSeconds(10));
        user("short-lived");
        clock.setOffset(Duration.ofSeconds(72));
        verifier.refuseAll();
        assertThat(user("short-lived")).as("expired: asked again, and refused").isNull();

        assertThat(verifier.verified).containsExactly("long-lived", "long-lived", "short-lived", "short-lived");
    }

    @Test
    void aRefusedOrDifferentTokenIsAlwaysVerified() {
        verifier.refuseAll();
        assertThat(user("forged")).isNull();
        assertThat(user("forged")).isNull();

        verifier.expiresIn(Duration.ofMinutes(5));
        user("token-a");
        user("token-a.altered");

        assertThat(verifier.verified).containsExactly("forged", "forged", "token-a", "token-a.altered");
    }

    @Test
    void aTokenWithoutExpiryIsNeverRemembered() {
        verifier.withoutExpiry();
        user("no-exp");
        user("no-exp");

        assertThat(verifier.verified).containsExactly("no-exp", "no-exp");
    }

    private String user(String token) {
        List<Authentication> users = new ArrayList<>();
        tokens.validateToken(token, null).subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(Authentication user) {
                users.add(user);
            }

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }

            @Override
            public void onComplete() {
            }
        });
        return users.isEmpty() ? null : users.getFirst().getName();
    }

    /** Keycloak's validator as the fake: accepts or refuses, and notes every token it had to check. */
    private final class Verifier implements TokenValidator<HttpRequest<?>> {

        final List<String> verified = new ArrayList<>();
        private Duration lifetime;
        private boolean refuse;
        private boolean noExpiry;

        void expiresIn(Duration lifetime) {
            this.lifetime = lifetime;
            this.refuse = false;
            this.noExpiry = false;
        }

        void refuseAll() {
            this.refuse = true;
        }

        void withoutExpiry() {
            this.refuse = false;
            this.noExpiry = true;
        }

        @Override
        public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            verified.add(token);
            if (refuse) {
                return Publishers.empty();
            }
            Map<String, Object> claims = noExpiry ? Map.of("sub", "1")
                    : Map.of("sub", "1", "exp", Date.from(Instant.now().plus(lifetime)));
            return Publishers.just(Authentication.build("methodist", claims));
        }
    }
}
