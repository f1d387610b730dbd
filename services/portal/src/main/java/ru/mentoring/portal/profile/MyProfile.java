package ru.mentoring.portal.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.util.List;

/** The signed-in mentor's own profile in the bank, found by the e-mail Keycloak verified. */
@Singleton
class MyProfile {

    private final Backend backend;

    MyProfile(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    Profile get(Authentication user) {
        return backend.get("/api/me/mentor-profile", user, Profile.class);
    }

    Profile update(OwnPart part, Authentication user) {
        return backend.put("/api/me/mentor-profile", part, user, Profile.class);
    }

    /** What the mentor may say about themselves; the rest of the profile is the methodist's. */
    @Serdeable
    record OwnPart(List<String> strengths, @Nullable String timeAvailable, @Nullable String interests,
                   @Nullable String preferredMenteeAge, @Nullable String achievements) {
    }

    @Serdeable
    record Profile(String id, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                   @Nullable String organisation, @Nullable String position, @Nullable List<String> strengths,
                   @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                   @Nullable String achievements, @Nullable Integer capacity, @Nullable Integer activeAssignments,
                   @Nullable Integer freeCapacity, @Nullable String visibility, @Nullable List<String> usedBySchools) {

        List<String> strengthList() {
            return strengths == null ? List.of() : strengths;
        }

        List<String> schools() {
            return usedBySchools == null ? List.of() : usedBySchools;
        }
    }
}
