package ru.mentoring.portal.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import io.micronaut.serde.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * One backend service seen from the portal. Every call carries the signed-in user's own Keycloak
 * access token, so the service applies that user's roles and school: the portal never holds more
 * rights than the person in front of it.
 */
public final class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final String name;
    private final HttpClient client;
    private final ObjectMapper json;

    /** @param name the service's Russian name, shown when it is unavailable */
    public Backend(String name, HttpClient client, ObjectMapper json) {
        this.name = name;
        this.client = client;
        this.json = json;
    }

    public <T> T get(String path, Authentication user, Class<T> type) {
        return call(HttpRequest.GET(path), user, type);
    }

    public <T> T post(String path, Object body, Authentication user, Class<T> type) {
        return call(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), user, type);
    }

    public <T> T put(String path, Object body, Authentication user, Class<T> type) {
        return call(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), user, type);
    }

    /** A POST without a body, for the actions whose path says it all ({@code /accept}, {@code /approve}). */
    public <T> T post(String path, Authentication user, Class<T> type) {
        return call(HttpRequest.POST(path, "{}").contentType(MediaType.APPLICATION_JSON_TYPE), user, type);
    }

    public void delete(String path, Authentication user) {
        call(HttpRequest.DELETE(path), user, Void.class);
    }

    /**
     * A file the service produces (an Excel export). Held in memory on its way through: the lists a
     * municipality keeps are a few hundred rows, far below what would need a streamed pass-through.
     */
    public Download download(String path, Authentication user) {
        MutableHttpRequest<?> request = authorised(HttpRequest.GET(path), user);
        try {
            var response = client.toBlocking().exchange(request, Argument.of(byte[].class), Argument.STRING);
            byte[] content = response.body() == null ? new byte[0] : response.body();
            return new Download(content, response.getContentType().map(MediaType::toString)
                    .orElse(MediaType.APPLICATION_OCTET_STREAM),
                    Optional.ofNullable(response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION)));
        } catch (HttpClientResponseException e) {
            throw refusal(request, e);
        } catch (HttpClientException e) {
            LOG.warn("{} {} {}: {}", name, request.getMethod(), request.getPath(), e.getMessage());
            throw new BackendException.Unavailable(name, e.getMessage(), e);
        }
    }

    /** Sends an uploaded file on as the multipart part {@code file}, the way the user's browser sent it. */
    public <T> T upload(String path, String filename, String contentType, byte[] content, Authentication user,
                        Class<T> type) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", filename, MediaType.of(contentType), content).build();
        return call(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), user, type);
    }

    /** A file with the content type and the download name the service gave it. */
    public record Download(byte[] content, String contentType, Optional<String> contentDisposition) {
    }

    private MutableHttpRequest<?> authorised(MutableHttpRequest<?> request, Authentication user) {
        Object token = user.getAttributes().get(OauthAuthenticationMapper.ACCESS_TOKEN_KEY);
        if (token == null) {
            throw new BackendException.Unauthorized(name);
        }
        return request.bearerAuth(token.toString());
    }

    private <T> T call(MutableHttpRequest<?> request, Authentication user, Class<T> type) {
        authorised(request, user).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        String body;
        try {
            body = client.toBlocking().retrieve(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            throw refusal(request, e);
        } catch (HttpClientException e) {
            LOG.warn("{} {} {}: {}", name, request.getMethod(), request.getPath(), e.getMessage());
            throw new BackendException.Unavailable(name, e.getMessage(), e);
        }
        // 204 and the answers a page does not need to read
        if (type == Void.class || body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new BackendException.Unavailable(name, "unreadable answer from " + request.getPath(), e);
        }
    }

    private BackendException refusal(HttpRequest<?> request, HttpClientResponseException e) {
        int status = e.code();
        if (status == 401) {
            return new BackendException.Unauthorized(name);
        }
        if (status == 403) {
            return new BackendException.Forbidden(name);
        }
        if (status >= 500 || status == 429) {
            LOG.warn("{} {} {} answered {}", name, request.getMethod(), request.getPath(), status);
            return new BackendException.Unavailable(name, "answered " + status, e);
        }
        return new BackendException.Rejected(name, status, problem(e));
    }

    private BackendProblem problem(HttpClientResponseException e) {
        String text = e.getResponse().getBody(String.class).orElse("");
        try {
            return json.readValue(text, BackendProblem.class);
        } catch (IOException | RuntimeException unreadable) {
            return BackendProblem.untitled("Сервис отклонил запрос (код " + e.code() + ").");
        }
    }
}
