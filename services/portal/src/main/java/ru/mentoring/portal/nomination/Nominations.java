package ru.mentoring.portal.nomination;

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

/** Nominations in the mentor bank: a curator puts a mentor of their school forward, the methodist decides. */
@Singleton
class Nominations {

    private final Backend backend;

    Nominations(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    /** All for the methodist, the school's own for a curator: the bank decides. */
    List<Nomination> list(@Nullable String status, Authentication user) {
        String path = status == null ? "/api/nominations" : "/api/nominations?status=" + status;
        return backend.get(path, user, Page.class).entries();
    }

    Nomination nominate(Nominate body, Authentication user) {
        return backend.post("/api/nominations", body, user, Nomination.class);
    }

    Nomination approve(String id, Authentication user) {
        return backend.post("/api/nominations/" + id + "/approve", user, Nomination.class);
    }

    Nomination reject(String id, String reason, Authentication user) {
        return backend.post("/api/nominations/" + id + "/reject", new Reject(reason), user, Nomination.class);
    }

    /** The network projects the curator's school takes part in, to nominate into one of them. */
    List<Project> projects(Authentication user) {
        return backend.get("/api/network-projects", user, ProjectPage.class).entries();
    }

    /** Either {@code mentorId} (already in the bank) or {@code profile} (a new mentor of the school). */
    @Serdeable
    record Nominate(@Nullable String mentorId, @Nullable Profile profile, String target,
                    @Nullable String networkProjectId, @Nullable String motivation) {
    }

    /** The part of the bank's profile a curator knows when nominating a new person. */
    @Serdeable
    record Profile(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                   @Nullable String homeSchoolId, @Nullable String position, @Nullable String email,
                   List<String> strengths) {
    }

    @Serdeable
    record Reject(String reason) {
    }

    /** {@code temporaryPassword} is only in the approval's answer, once. */
    @Serdeable
    record Nomination(String id, @Nullable String mentorId, @Nullable String mentorName, @Nullable String schoolId,
                      @Nullable String target, @Nullable String networkProjectId, @Nullable String motivation,
                      @Nullable String status, @Nullable String reason, @Nullable String nominatedBy,
                      @Nullable Instant createdAt, @Nullable Instant decidedAt, @Nullable String accountUsername,
                      @Nullable String temporaryPassword) {
    }

    @Serdeable
    record Page(@Nullable List<Nomination> items) {
        List<Nomination> entries() {
            return items == null ? List.of() : items;
        }
    }

    @Serdeable
    record Project(String id, String name) {
    }

    @Serdeable
    record ProjectPage(@Nullable List<Project> items) {
        List<Project> entries() {
            return items == null ? List.of() : items;
        }
    }
}
