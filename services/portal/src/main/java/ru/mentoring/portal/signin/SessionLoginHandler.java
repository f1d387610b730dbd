package ru.mentoring.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Keeps the signed-in user (with the Keycloak tokens the OpenID mapper put into the attributes)
 * in the server-side session. Written here because micronaut-security-session stops at 4.7.0 in
 * the registry, older than the security 4.15 the platform uses.
 */
@Singleton
class SessionLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    private final SessionStore<Session> sessions;
    private final RedirectService redirects;
    private final PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin;

    SessionLoginHandler(SessionStore<Session> sessions, RedirectService redirects,
                        @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin) {
        this.sessions = sessions;
        this.redirects = redirects;
        this.priorToLogin = priorToLogin;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Session session = SessionForRequest.find(request).orElseGet(() -> SessionForRequest.create(sessions, request));
        session.put(SecurityFilter.AUTHENTICATION, authentication);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(redirects.loginSuccessUrl()));
        // back to the page that asked for the login, e.g. /directory
        if (priorToLogin != null) {
            priorToLogin.getOriginalUri(request, response).ifPresent(uri -> response.getHeaders().location(uri));
        }
        return response;
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        throw new UnsupportedOperationException("the portal signs in again through Keycloak instead of refreshing");
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create(redirects.loginFailureUrl()));
    }
}
