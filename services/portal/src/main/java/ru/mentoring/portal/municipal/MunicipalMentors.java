package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.util.List;

/** The mentor bank's yearly list of municipal mentors. */
@Singleton
class MunicipalMentors {

    private final Backend backend;

    MunicipalMentors(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    List<Entry> of(SchoolYear year, Authentication user) {
        String path = UriBuilder.of("/api/municipal-mentors").queryParam("year", year.label()).toString();
        return backend.get(path, user, YearList.class).entries();
    }

    void add(SchoolYear year, String mentorId, Authentication user) {
        backend.post("/api/municipal-mentors", new Addition(year.label(), mentorId), user, YearList.class);
    }

    void remove(SchoolYear year, String mentorId, Authentication user) {
        backend.delete("/api/municipal-mentors/" + year.pathSegment() + "/" + mentorId, user);
    }

    @Serdeable
    record Addition(String year, String mentorId) {
    }

    @Serdeable
    record Entry(String mentorId, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                 @Nullable String organisation, @Nullable String position, @Nullable List<String> strengths) {
    }

    @Serdeable
    record YearList(@Nullable String year, @Nullable List<Entry> items) {
        List<Entry> entries() {
            return items == null ? List.of() : items;
        }
    }
}
