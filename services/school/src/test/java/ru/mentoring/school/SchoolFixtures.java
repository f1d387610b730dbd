package ru.mentoring.school;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.support.testing.Tokens.bearer;

/** Object mother for the school's ITs: mentees and consents made through the API, as a curator would. */
public final class SchoolFixtures {

    private SchoolFixtures() {
    }

    public static UUID pupil(HttpClient http, String curator, String name, String grade, LocalDate birthDate) {
        return mentee(http, curator, Map.of("fullName", name, "kind", "PUPIL", "grade", grade,
                "birthDate", birthDate.toString(), "guardianName", "Родитель " + name));
    }

    public static UUID youngTeacher(HttpClient http, String curator, String name) {
        return mentee(http, curator, Map.of("fullName", name, "kind", "TEACHER", "position", "учитель физики",
                "subject", "физика", "experienceYears", 1));
    }

    public static UUID mentee(HttpClient http, String curator, Map<String, Object> fields) {
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentees", fields)
                .header("Authorization", bearer(curator)), Map.class);
        return UUID.fromString((String) created.get("id"));
    }

    /** The processing consent, signed the way the law wants it for this mentee. */
    public static UUID processingConsent(HttpClient http, String curator, UUID mentee, boolean minor, LocalDate signedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PROCESSING", "signedBy", minor ? "GUARDIAN" : "SELF",
                "signerName", minor ? "Законный представитель" : "Сам наставляемый", "signedOn", signedOn.toString()));
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentees/" + mentee + "/consents", body)
                .header("Authorization", bearer(curator)), Map.class);
        return UUID.fromString((String) created.get("id"));
    }
}
