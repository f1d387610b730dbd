package ru.mentoring.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the stub services answer, set by each test, and every call they received. */
@Singleton
@Requires(property = "spec.name", value = PortalHarness.SPEC)
public class Backends {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** An answer, e.g. {@code answer("GET /mentor-bank/api/schools", 200, json)}; the query is not part of the key. */
    public Backends answer(String call, int status, String json) {
        return answer(call, status, status >= 400 ? PROBLEM_JSON : "application/json", json.getBytes(), Map.of());
    }

    public Backends answer(String call, int status, String contentType, byte[] body, Map<String, String> headers) {
        answers.put(call, new Answer(status, contentType, body, headers));
        return this;
    }

    public void reset() {
        answers.clear();
        calls.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls whose method and path start with {@code prefix}, e.g. {@code "PUT /mentor-bank/api/mentors/"}. */
    public List<Call> calls(String prefix) {
        return calls.stream().filter(c -> (c.method() + " " + c.path()).startsWith(prefix)).toList();
    }

    HttpResponse<?> answer(HttpRequest<?> request, @Nullable String body) {
        String path = request.getPath().substring("/stub".length());
        calls.add(new Call(request.getMethodName(), path, request.getUri().getRawQuery(),
                request.getHeaders().get(HttpHeaders.AUTHORIZATION), request.getHeaders().get(HttpHeaders.ACCEPT),
                body));
        Answer answer = answers.get(request.getMethodName() + " " + path);
        if (answer == null) {
            return HttpResponse.status(HttpStatus.NOT_IMPLEMENTED).body("no stub for " + request.getMethodName() + " " + path);
        }
        var response = HttpResponse.status(HttpStatus.valueOf(answer.status())).contentType(answer.contentType());
        answer.headers().forEach(response::header);
        return answer.body().length == 0 ? response : response.body(answer.body());
    }

    /** One call a stub service received, with the Authorization header the portal sent. */
    public record Call(String method, String path, @Nullable String query, @Nullable String authorization,
                       @Nullable String accept, @Nullable String body) {
    }

    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }
}
