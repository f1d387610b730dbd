package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.Items;

/** The school service: the per-school tenant with its read model of the shared mentor base. */
@BackendService("Школьный сервис")
@Client(id = "school", value = "${mentoring.services.school-url}")
public interface SchoolClient {

    /** The mentors the user's school may work with; answers even while the mentor bank is down. */
    @Get("/api/directory/mentors{?q}")
    Items<DirectoryEntry> directory(@Nullable String q);
}
