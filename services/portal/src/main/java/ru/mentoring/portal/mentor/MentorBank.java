package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.util.List;

/** The municipal mentor bank, where a methodist registers mentors. */
@Singleton
class MentorBank {

    private final Backend backend;

    MentorBank(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    Registered register(Registration registration, Authentication user) {
        return backend.post("/api/mentors", registration, user, Registered.class);
    }

    /** The body of {@code POST /api/mentors}. */
    @Serdeable
    record Registration(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                        @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                        @Nullable String email, List<String> strengths) {
    }

    @Serdeable
    record Registered(String id, String fullName) {
    }
}
