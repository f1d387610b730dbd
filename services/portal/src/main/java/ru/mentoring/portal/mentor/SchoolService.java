package ru.mentoring.portal.mentor;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.util.List;

/** The school service: the mentor directory as the user's own school sees it. */
@Singleton
class SchoolService {

    private final Backend backend;

    SchoolService(@Client("${mentoring.services.school-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Школьный сервис", client, json);
    }

    List<DirectoryEntry> directory(Authentication user) {
        return backend.get("/api/directory/mentors", user, DirectoryEntry.Page.class).entries();
    }
}
