package ru.mentoring.events.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.support.testing.Tokens.bearer;

/** The events API as the tests call it: real tokens, bodies as maps, dates from the service's clock. */
public final class EventsApi {

    private final HttpClient http;
    private final Clock clock;

    public EventsApi(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** An event a few days ahead, its registration open now; every title unique. */
    public Map<String, Object> event(String title, int capacity) {
        Instant start = clock.instant().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("kind", "SEMINAR");
        body.put("format", "IN_PERSON");
        body.put("venue", "ИМЦ, ауд. 12");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        body.put("opensAt", clock.instant().minus(Duration.ofMinutes(5)).toString());
        body.put("capacity", capacity);
        return body;
    }

    public Map<?, ?> create(String user, Map<String, Object> body) {
        return post("/api/events", user, body);
    }

    public String createId(String user, Map<String, Object> body) {
        return (String) create(user, body).get("id");
    }

    public Map<?, ?> apply(String eventId, String user) {
        return apply(eventId, user, Map.of());
    }

    public Map<?, ?> apply(String eventId, String user, Map<String, Object> body) {
        return post("/api/events/" + eventId + "/registrations", user, body);
    }

    public Map<?, ?> team(String eventId, String user, String name, List<Integer> grades) {
        return apply(eventId, user, Map.of("team", Map.of("name", name, "grades", grades)));
    }

    public Map<?, ?> post(String path, String user, Object body) {
        HttpResponse<Map> response = http.toBlocking().exchange(with(HttpRequest.POST(path, body), user), Map.class);
        return response.body() == null ? Map.of() : response.body();
    }

    public Map<?, ?> put(String path, String user, Object body) {
        return http.toBlocking().retrieve(with(HttpRequest.PUT(path, body), user), Map.class);
    }

    public Map<?, ?> get(String path, String user) {
        return http.toBlocking().retrieve(with(HttpRequest.GET(path), user), Map.class);
    }

    public byte[] bytes(String path, String user) {
        return http.toBlocking().retrieve(with(HttpRequest.GET(path), user), byte[].class);
    }

    public String text(String path, String user) {
        var request = HttpRequest.GET(path);
        return http.toBlocking().retrieve(user == null ? request : with(request, user), String.class);
    }

    public int delete(String path, String user) {
        return http.toBlocking().exchange(with(HttpRequest.DELETE(path), user)).status().getCode();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String path, String user) {
        return (List<Map<String, Object>>) get(path, user).get("items");
    }

    /** The refusal a request gets: its status and the problem's Russian detail. */
    public Refusal refusal(Runnable call) {
        try {
            call.run();
        } catch (HttpClientResponseException e) {
            Map<?, ?> body = e.getResponse().getBody(Argument.of(Map.class)).orElse(Map.of());
            return new Refusal(e.getStatus().getCode(), String.valueOf(body.get("detail")),
                    e.getResponse().getContentType().map(Object::toString).orElse(""));
        }
        throw new AssertionError("the request was accepted");
    }

    public record Refusal(int status, String detail, String contentType) {
    }

    private static <T> MutableHttpRequest<T> with(MutableHttpRequest<T> request, String user) {
        return request.header("Authorization", bearer(user));
    }
}
