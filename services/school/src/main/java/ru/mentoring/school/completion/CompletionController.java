package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.support.tenancy.Roles;

import java.time.Instant;
import java.util.UUID;

/** How a pair ends: the mutual assessment, completion with its decision, early termination. */
@Controller("/api/pairs/{id}")
@Secured({Roles.CURATOR, Roles.MENTOR, Roles.MENTEE})
class CompletionController {

    private final CompletionService completion;
    private final PairAccess access;
    private final PairViews views;

    CompletionController(CompletionService completion, PairAccess access, PairViews views) {
        this.completion = completion;
        this.access = access;
        this.views = views;
    }

    /** The caller's own side's assessment (mentor or mentee); given again, it replaces the earlier one. */
    @Post("/assessments")
    HttpResponse<Given> assess(Authentication authentication, UUID id, @Valid @Body CompletionCommands.Assess body) {
        PairParticipant who = access.participant(authentication, id);
        Assessment given = access.within(who, () -> completion.assess(who, body));
        return HttpResponse.created(new Given(given.key().side(), given.key().side().title(), given.score(), given.text(),
                given.updatedAt()));
    }

    /** Each side sees its own assessment; the curator both. */
    @Get("/assessments")
    PairEnding.Assessments assessments(Authentication authentication, UUID id) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> completion.assessments(who));
    }

    @Post("/completion")
    PairView complete(Authentication authentication, UUID id, @Valid @Body CompletionCommands.Complete body) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> {
            completion.complete(who, body);
            return views.of(who);
        });
    }

    @Post("/termination")
    @Secured(Roles.CURATOR)
    PairView terminate(Authentication authentication, UUID id, @Valid @Body CompletionCommands.Terminate body) {
        PairParticipant curator = access.curator(authentication, id);
        return access.within(curator, () -> {
            completion.terminate(curator, body);
            return views.of(curator);
        });
    }

    @Serdeable
    record Given(PairSide side, String sideTitle, int score, @Nullable String text, @Nullable Instant updatedAt) {
    }
}
