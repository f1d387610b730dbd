package ru.mentoring.school;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The school service's API as the demo users call it, with real tokens; answers as maps, refusals as their problem. */
public record Api(HttpClient http) {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    public Map<String, Object> get(String user, String path) {
        return http.toBlocking().retrieve(as(user, HttpRequest.GET(path)), MAP);
    }

    public Map<String, Object> post(String user, String path, Object body) {
        return http.toBlocking().retrieve(as(user, HttpRequest.POST(path, body)), MAP);
    }

    public Map<String, Object> put(String user, String path, Object body) {
        return http.toBlocking().retrieve(as(user, HttpRequest.PUT(path, body)), MAP);
    }

    public HttpResponse<byte[]> download(String user, String path) {
        return http.toBlocking().exchange(as(user, HttpRequest.GET(path)), byte[].class);
    }

    /** The refusal a request meets: its status and problem body. */
    public Refused refused(String user, MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(as(user, request), MAP));
        return new Refused(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""),
                e.getResponse().getBody(MAP).orElse(Map.of()));
    }

    public Refused refusedPost(String user, String path, Object body) {
        return refused(user, HttpRequest.POST(path, body));
    }

    public Refused refusedPut(String user, String path, Object body) {
        return refused(user, HttpRequest.PUT(path, body));
    }

    public Refused refusedGet(String user, String path) {
        return refused(user, HttpRequest.GET(path));
    }

    private static <T> MutableHttpRequest<T> as(String user, MutableHttpRequest<T> request) {
        return request.header("Authorization", bearer(user));
    }

    public record Refused(int status, String body, Map<String, Object> problem) {

        /** The problem's entries, one per refused rule. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
        }

        public List<String> messages() {
            return errors().stream().map(e -> String.valueOf(e.get("message"))).toList();
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> answer, String field) {
        return (List<Map<String, Object>>) answer.get(field);
    }
}
