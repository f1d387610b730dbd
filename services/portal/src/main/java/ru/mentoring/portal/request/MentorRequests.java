package ru.mentoring.portal.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.time.Instant;
import java.util.List;

/** The mentor bank's requests for mentors: a school asks, the mentor or the methodist decides. */
@Singleton
class MentorRequests {

    private final Backend backend;

    MentorRequests(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    /** The bank decides which: all for the methodist, the school's own for a curator, their own for a mentor. */
    List<Request> visible(Authentication user) {
        return backend.get("/api/mentor-requests", user, Page.class).entries();
    }

    Request ask(String mentorId, String need, Authentication user) {
        return backend.post("/api/mentor-requests", new NewRequest(mentorId, need), user, Request.class);
    }

    Request accept(String id, Authentication user) {
        return backend.post("/api/mentor-requests/" + id + "/accept", user, Request.class);
    }

    Request decline(String id, String reason, Authentication user) {
        return backend.post("/api/mentor-requests/" + id + "/decline", new Decline(reason), user, Request.class);
    }

    @Serdeable
    record NewRequest(String mentorId, String need) {
    }

    @Serdeable
    record Decline(String reason) {
    }

    @Serdeable
    record Request(String id, String mentorId, String requestingSchoolId, @Nullable String need, String status,
                   @Nullable String decisionReason, @Nullable String requestedBy, @Nullable String decidedBy,
                   @Nullable Instant createdAt, @Nullable Instant decidedAt) {
    }

    @Serdeable
    record Page(@Nullable List<Request> items) {
        List<Request> entries() {
            return items == null ? List.of() : items;
        }
    }
}
