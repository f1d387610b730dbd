package ru.mentoring.practices;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.uri.UriBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The library's HTTP API as the tests call it: real Keycloak tokens of the demo users. */
final class LibraryApi {

    private final HttpClient http;

    LibraryApi(HttpClient http) {
        this.http = http;
    }

    /** A complete practice, ready for review; {@code marker} makes each test's search hits its own. */
    static Map<String, Object> practice(String title, String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + marker);
        body.put("problem", "Молодые педагоги в первый год испытывают трудности с дисциплиной на уроке " + marker);
        body.put("description", "Опытные наставники сопровождают молодых коллег: взаимопосещение уроков, совместное "
                + "планирование, разбор видеозаписей. Проектная деятельность учеников как общий предмет работы.");
        body.put("methods", "Взаимопосещение, рефлексивный дневник, проектная деятельность");
        body.put("results", "Доля уроков без нарушений дисциплины выросла с 40 до 85 %");
        body.put("form", "учитель – учитель");
        body.put("formVariant", "опытный педагог – молодой специалист");
        body.put("targetGroup", "молодые педагоги");
        body.put("competencies", List.of("организация современного урока", "проектная деятельность"));
        body.put("year", 2025);
        body.put("level", "SCHOOL");
        body.put("authors", List.of(Map.of("fullName", "Иванов Сергей Петрович", "email", "mentor1@mentoring.local")));
        body.put("noPupilData", true);
        return body;
    }

    /** A made-up Latin word: each test's search hits are its own, whatever earlier runs left in the database. */
    static String marker() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    Map<String, Object> create(String user, Map<String, Object> body) {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/practices", body)
                .header("Authorization", bearer(user)), Map.class);
        assertThat(created.status().getCode()).isEqualTo(201);
        return cast(created.body());
    }

    Map<String, Object> post(String user, String path, Object body) {
        return cast(http.toBlocking().retrieve(auth(HttpRequest.POST(path, body), user), Map.class));
    }

    Map<String, Object> put(String user, String path, Object body) {
        return cast(http.toBlocking().retrieve(auth(HttpRequest.PUT(path, body), user), Map.class));
    }

    void delete(String user, String path) {
        http.toBlocking().exchange(auth(HttpRequest.DELETE(path), user));
    }

    Map<String, Object> get(String user, String path) {
        return cast(http.toBlocking().retrieve(auth(HttpRequest.GET(path), user), Map.class));
    }

    byte[] bytes(String user, String path) {
        return http.toBlocking().retrieve(auth(HttpRequest.GET(path), user), byte[].class);
    }

    Map<String, Object> upload(String user, String practiceId, String fileName, byte[] content) {
        var body = MultipartBody.builder().addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return cast(http.toBlocking().retrieve(auth(HttpRequest.POST("/api/practices/" + practiceId + "/files", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), user), Map.class));
    }

    Map<String, Object> search(String user, Map<String, ?> params) {
        UriBuilder uri = UriBuilder.of("/api/practices/search");
        params.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> uri.queryParam(k, item));
            } else {
                uri.queryParam(k, v);
            }
        });
        return get(user, uri.toString());
    }

    List<String> ids(Map<String, Object> searchResult) {
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) searchResult.get("items")) {
            ids.add((String) ((Map<?, ?>) item).get("id"));
        }
        return ids;
    }

    /** Takes a submitted practice through review by expert1 and expert2 to publication. */
    void publishWithTwoExperts(String practiceId) {
        post("methodist", "/api/practices/" + practiceId + "/review/experts", Map.of("experts", List.of("expert1", "expert2")));
        for (String expert : List.of("expert1", "expert2")) {
            put(expert, "/api/practices/" + practiceId + "/review/sheet", Map.of(
                    "scores", Map.of("RELEVANCE", 5, "NOVELTY", 4, "EFFECTIVENESS", 4, "REPLICABILITY", 5,
                            "TARGET_MODEL", 5, "QUALITY", 4),
                    "comment", "Практика описана полно, результаты подтверждены", "submit", true));
        }
        post("methodist", "/api/practices/" + practiceId + "/review/publish", Map.of());
    }

    /** The status of a refused call, with its problem+json body. */
    Refusal refusal(Runnable call) {
        var error = assertThrows(HttpClientResponseException.class, call::run);
        Map<?, ?> body = error.getResponse().getBody(Map.class).orElse(Map.of());
        return new Refusal(error.getStatus().getCode(), String.valueOf(body.get("detail")),
                error.getResponse().getContentType().map(Object::toString).orElse(""));
    }

    record Refusal(int status, String detail, String contentType) {
    }

    private static <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request, String user) {
        return request.header("Authorization", bearer(user));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    static Argument<Map> map() {
        return Argument.of(Map.class);
    }
}
