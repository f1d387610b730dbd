package ru.mentoring.portal.signin;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.Session;
import io.micronaut.session.http.HttpSessionFilter;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** The user of a request is whoever {@link SessionLoginHandler} stored in the request's session. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getAttributes().get(HttpSessionFilter.SESSION_ATTRIBUTE, Session.class)
                .flatMap(session -> session.get(SecurityFilter.AUTHENTICATION, Authentication.class))
                .map(Publishers::just)
                .orElseGet(Publishers::empty);
    }
}
