package ru.mentoring.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import ru.mentoring.portal.backend.BackendService;

/** A backend service nobody listens for: port 1 refuses every connection. */
@Requires(property = "spec.name", value = PortalHarness.SPEC)
@BackendService("Недоступный сервис")
@Client(id = "dead", value = "http://127.0.0.1:1")
public interface DeadClient {

    @Get("/api/anything")
    String anything();
}
