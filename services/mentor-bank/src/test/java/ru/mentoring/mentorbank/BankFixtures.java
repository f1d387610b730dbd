package ru.mentoring.mentorbank;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.support.testing.Tokens.bearer;

/** Object mother for the mentor bank's tests: the schools the demo curators belong to, and mentors. */
public final class BankFixtures {

    private BankFixtures() {
    }

    public static void schoolsExist(HttpClient http) {
        for (String id : List.of("1", "2", "3")) {
            try {
                http.toBlocking().exchange(HttpRequest.POST("/api/schools",
                        Map.of("id", id, "name", "МАОУ СОШ № " + id, "shortName", "Школа № " + id))
                        .header("Authorization", bearer("methodist")));
            } catch (HttpClientResponseException e) {
                if (e.getStatus().getCode() != 409) {
                    throw e;
                }
            }
        }
    }

    /**
     * mentor1 of the realm has a profile (linked by e-mail) and works in the bank: another test (the
     * malformed-input sweep, say) may have paused it or taken it out.
     */
    public static void mentor1Active(HttpClient http) {
        schoolsExist(http);
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/api/me/mentor-profile").header("Authorization", bearer("mentor1")));
        } catch (HttpClientResponseException e) {
            mentor(http, Map.of("fullName", "Иванова Мария Сергеевна", "homeSchoolId", "1", "email", "mentor1@mentoring.local"));
        }
        try {
            http.toBlocking().exchange(HttpRequest.POST("/api/me/mentor-profile/resume", Map.of())
                    .header("Authorization", bearer("mentor1")));
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() != 409) {
                throw e;
            }
        }
    }

    public static String mentor(HttpClient http, Map<String, Object> overrides) {
        var body = new java.util.HashMap<String, Object>(Map.of("fullName", "Наставник " + UUID.randomUUID(),
                "kind", "TEACHER", "capacity", 2));
        body.putAll(overrides);
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentors", body)
                .header("Authorization", bearer("methodist")), Map.class);
        return (String) created.get("id");
    }
}
