package ru.mentoring.portal.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Optional;

/**
 * «Выйти» ends both sessions: the portal's and Keycloak's. The stock Keycloak end-session support
 * sends only the legacy {@code redirect_uri}, which Keycloak 18+ refuses, so the request is built
 * here with {@code post_logout_redirect_uri} and {@code id_token_hint}.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LogoutController {

    private final String issuer;
    private final String clientId;
    private final HttpHostResolver hosts;
    private final SessionStore<Session> sessions;

    LogoutController(@Value("${micronaut.security.oauth2.clients.keycloak.openid.issuer}") String issuer,
                     @Value("${micronaut.security.oauth2.clients.keycloak.client-id}") String clientId,
                     HttpHostResolver hosts, SessionStore<Session> sessions) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.hosts = hosts;
        this.sessions = sessions;
    }

    @Post(uri = "/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication,
                           Optional<Session> session) {
        Object idToken = authentication == null ? null
                : authentication.getAttributes().get(OpenIdAuthenticationMapper.OPENID_TOKEN_KEY);
        session.ifPresent(s -> {
            s.clear();
            sessions.deleteSession(s.getId());
        });
        UriBuilder endSession = UriBuilder.of(issuer + "/protocol/openid-connect/logout")
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", hosts.resolve(request) + "/");
        if (idToken != null) {
            endSession.queryParam("id_token_hint", idToken.toString());
        }
        return HttpResponse.seeOther(endSession.build());
    }
}
