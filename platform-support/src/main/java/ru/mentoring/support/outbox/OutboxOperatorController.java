package ru.mentoring.support.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/**
 * The operator's view of events the broker kept refusing, and the command that sends them again
 * (after the cause was fixed). Wrapped by {@code deploy/local/outbox.sh}.
 */
@Hidden
@Controller("/outbox/parked")
@Secured(Roles.ADMIN)
@Requires(property = "outbox.relay.enabled", notEquals = "false")
class OutboxOperatorController {

    private final OutboxRepository repository;
    private final OutboxSignal signal;

    OutboxOperatorController(OutboxRepository repository, OutboxSignal signal) {
        this.repository = repository;
        this.signal = signal;
    }

    @Get
    ParkedList parked() {
        return new ParkedList(repository.parked());
    }

    @Post("/resend")
    Resent resend() {
        int count = repository.unpark();
        signal.raise();
        return new Resent(count);
    }

    @Serdeable
    record ParkedList(List<OutboxRepository.ParkedEvent> items) {
    }

    @Serdeable
    record Resent(int resent) {
    }
}
