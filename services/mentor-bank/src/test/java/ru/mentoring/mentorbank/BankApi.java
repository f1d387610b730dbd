package ru.mentoring.mentorbank;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;

import java.util.List;
import java.util.Map;

import static ru.mentoring.support.testing.Tokens.bearer;

/** The bank's HTTP API as the tests call it: as a demo user, JSON in, JSON out, refusals as {@link Refused}. */
public final class BankApi {

    private final HttpClient http;

    public BankApi(HttpClient http) {
        this.http = http;
    }

    public record Refused(int status, String detail) {
    }

    public Map<String, Object> get(String user, String path) {
        return call(HttpRequest.GET(path), user);
    }

    public Map<String, Object> post(String user, String path, Object body) {
        return call(HttpRequest.POST(path, body), user);
    }

    public Map<String, Object> put(String user, String path, Object body) {
        return call(HttpRequest.PUT(path, body), user);
    }

    /** The problem a refused call answered. */
    public Refused refused(String user, String method, String path, Object body) {
        MutableHttpRequest<Object> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path);
        if (body != null) {
            request.body(body);
        }
        try {
            http.toBlocking().exchange(request.header("Authorization", bearer(user)), Argument.of(Map.class),
                    Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return new Refused(e.getStatus().getCode(),
                    String.valueOf(e.getResponse().getBody(Map.class).map(b -> b.get("detail")).orElse("")));
        }
        throw new AssertionError(method + " " + path + " was not refused");
    }

    public Map<String, Object> upload(String path, byte[] xlsx) {
        return call(HttpRequest.POST(path, MultipartBody.builder()
                        .addPart("file", "База наставников.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE, xlsx).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), "methodist");
    }

    /** A JSON list of text as Java sees it. */
    @SuppressWarnings("unchecked")
    public static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String user) {
        return http.toBlocking().retrieve(request.header("Authorization", bearer(user)), Map.class);
    }
}
