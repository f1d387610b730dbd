package ru.mentoring.school.oversight;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.time.Instant;
import java.util.UUID;

/** The curator's oversight of every pair and group of the school, and the concerns flagged on pairs with minors. */
@Controller("/api")
@Secured(Roles.CURATOR)
class OversightController {

    private final OversightBoard board;
    private final PairConcerns concerns;
    private final PairAccess access;

    OversightController(OversightBoard board, PairConcerns concerns, PairAccess access) {
        this.board = board;
        this.concerns = concerns;
        this.access = access;
    }

    @Get("/oversight")
    OversightBoard.Board board(Authentication authentication) {
        return board.of(Caller.of(authentication).requireSchool());
    }

    @Post("/pairs/{id}/concerns")
    HttpResponse<Concern> concern(Authentication authentication, UUID id, @Valid @Body NewConcern body) {
        PairParticipant curator = access.curator(authentication, id);
        PairConcern concern = access.within(curator, () -> concerns.raise(curator, body.text()));
        return HttpResponse.created(new Concern(concern.id(), concern.text(), concern.createdBy(), concern.createdAt()));
    }

    @Serdeable
    record NewConcern(@NotBlank(message = "Опишите, что тревожит") @Size(max = 2000, message = "Не длиннее 2000 символов")
                      String text) {
    }

    @Serdeable
    record Concern(UUID id, String text, String createdBy, Instant createdAt) {
    }
}
