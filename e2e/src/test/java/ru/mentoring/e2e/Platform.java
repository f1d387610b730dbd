package ru.mentoring.e2e;

import java.util.Map;

/** Where the running platform is: every address can be moved with an environment variable. */
final class Platform {

    static final String PORTAL = url("PORTAL_URL", "http://localhost:8080");
    static final String MENTOR_BANK = url("MENTOR_BANK_URL", "http://127.0.0.1:8081");
    static final String SCHOOL = url("SCHOOL_URL", "http://127.0.0.1:8082");
    static final String EVENTS = url("EVENTS_URL", "http://127.0.0.1:8083");
    static final String PRACTICES = url("PRACTICES_URL", "http://127.0.0.1:8084");
    static final String KEYCLOAK = url("KEYCLOAK_URL", "http://localhost:8180");

    /** Every service of the platform, by the name a failing test reports. */
    static final Map<String, String> SERVICES = Map.of(
            "portal", PORTAL,
            "mentor-bank", MENTOR_BANK,
            "school", SCHOOL,
            "events", EVENTS,
            "practices", PRACTICES);

    private Platform() {
    }

    private static String url(String variable, String fallback) {
        String value = System.getenv(variable);
        String url = value == null || value.isBlank() ? fallback : value.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The schools the demo curators belong to; the mentor bank refuses mentors of unknown schools. */
    static void schoolsExist() {
        for (String id : java.util.List.of("1", "2", "3")) {
            Api.Answer answer = Api.post(MENTOR_BANK + "/api/schools", "methodist",
                    Map.of("id", id, "name", "Школа № " + id, "shortName", "№ " + id));
            if (answer.status() != 201 && answer.status() != 409) {
                throw new IllegalStateException("could not register school " + id + ": " + answer);
            }
        }
    }
}
