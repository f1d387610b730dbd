package ru.mentoring.portal.backend;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.ClientAttributes;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import io.micronaut.serde.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Every backend call carries the access token of the user whose page asked for it, so each service
 * applies that user's roles and school and the portal holds no rights of its own (ADR 0006). The
 * token never leaves the server: it is read from the session's authentication of the current
 * request. Whatever goes wrong comes back as a {@link BackendException}.
 */
@BackendService
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
class UserTokenFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UserTokenFilter.class);

    private final ObjectMapper json;

    UserTokenFilter(ObjectMapper json) {
        this.json = json;
    }

    @RequestFilter
    void bearer(MutableHttpRequest<?> request) {
        Object token = ServerRequestContext.currentRequest()
                .flatMap(page -> page.getUserPrincipal(Authentication.class))
                .map(user -> user.getAttributes().get(OauthAuthenticationMapper.ACCESS_TOKEN_KEY))
                .orElse(null);
        if (token == null) {
            if (openToEveryone(request)) {
                return;
            }
            throw new BackendException.Unauthorized(service(request));
        }
        request.bearerAuth(token.toString());
    }

    /** Called only when the call failed: connection refused, a timeout, an answer of 400 or more. */
    @ResponseFilter
    void translate(HttpRequest<?> request, Throwable failure) {
        if (!(failure instanceof BackendException)) {
            throw translate(service(request), request, failure);
        }
    }

    private static boolean openToEveryone(HttpRequest<?> request) {
        return ClientAttributes.getInvocationContext(request)
                .map(call -> call.hasAnnotation(OpenToEveryone.class)).orElse(false);
    }

    private static String service(HttpRequest<?> request) {
        return ClientAttributes.getInvocationContext(request)
                .flatMap(call -> call.stringValue(BackendService.class)).orElse("Сервис");
    }

    private BackendException translate(String service, HttpRequest<?> request, Throwable error) {
        if (!(error instanceof HttpClientResponseException refusal)) {
            LOG.warn("{} {} {}: {}", service, request.getMethod(), request.getPath(), error.toString());
            return new BackendException.Unavailable(service, error.getMessage(), error);
        }
        int status = refusal.code();
        if (status == 401) {
            return new BackendException.Unauthorized(service);
        }
        if (status == 403) {
            return new BackendException.Forbidden(service);
        }
        // 5xx and 429 are the service's trouble; below 400 the answer itself could not be read
        if (status >= 500 || status == 429 || status < 400) {
            LOG.warn("{} {} {} answered {}: {}", service, request.getMethod(), request.getPath(), status,
                    refusal.getMessage());
            return new BackendException.Unavailable(service, "answered " + status, refusal);
        }
        return new BackendException.Rejected(service, status, problem(refusal));
    }

    private BackendProblem problem(HttpClientResponseException refusal) {
        String body = refusal.getResponse().getBody(String.class).orElse("");
        try {
            return json.readValue(body, BackendProblem.class);
        } catch (IOException | RuntimeException unreadable) {
            return BackendProblem.untitled("Сервис отклонил запрос (код " + refusal.code() + ").");
        }
    }
}
