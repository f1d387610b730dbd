package ru.mentoring.portal.backend.practices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.Items;

import java.util.UUID;

/** The practice library: curators submit, methodists and experts review, everyone searches. */
@BackendService("Банк практик")
@Client(id = "practices", value = "${mentoring.services.practices-url}")
public interface PracticesClient {

    /** {@code q}: words in any form, «наставника» finds «наставник». */
    @Get("/api/practices{?q}")
    Items<Practices.Practice> practices(@Nullable String q);

    /** A practice the user may not see answers 404, exactly like one that does not exist. */
    @Get("/api/practices/{id}")
    Practices.Practice practice(UUID id);

    /** Curators only; the practice belongs to the school in the curator's token. */
    @Post("/api/practices")
    Practices.Practice submit(@Body Practices.Submission submission);
}
