package ru.mentoring.school.practiceproposal;

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
import jakarta.validation.constraints.Size;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** A completed pair proposed to the practice library, naming only the people whose consent allows it. */
@Controller("/api/pairs/{id}/practice-proposal")
@Secured({Roles.CURATOR, Roles.MENTOR})
class ProposalController {

    private final PracticeProposals proposals;
    private final PairAccess access;

    ProposalController(PracticeProposals proposals, PairAccess access) {
        this.proposals = proposals;
        this.access = access;
    }

    @Get
    ProposalCandidates candidates(Authentication authentication, UUID id) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> proposals.candidates(who));
    }

    /** Accepted (202): the draft opens in the library once the proposal arrives there. */
    @Post
    HttpResponse<Proposed> propose(Authentication authentication, UUID id, @Valid @Body Propose body) {
        PairParticipant who = access.participant(authentication, id);
        return HttpResponse.accepted().body(new Proposed(access.within(who, () -> proposals.propose(who, body))));
    }

    /** {@code participants}: distribution consents (or mentees of the pair, whose consent is then looked up). */
    @Serdeable
    record Propose(@Nullable @Size(max = 300, message = "Название практики: не длиннее 300 символов") String title,
                   @Nullable @Size(max = 30, message = "Не больше 30 участников") List<UUID> participants) {
    }

    @Serdeable
    record Proposed(UUID proposalId) {
    }
}
