package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Mutual choice, the mentor's side: the pairs mentees chose this mentor for, in whatever school, to
 * accept or decline. The mentor sees a pupil only as a first name and a class.
 */
@Controller("/api/me/pair-offers")
@Secured(Roles.MENTOR)
class MentorOffersController {

    private final MentorOffers offers;

    MentorOffersController(MentorOffers offers) {
        this.offers = offers;
    }

    @Get
    OfferList list(Authentication authentication) {
        return new OfferList(offers.pending(Caller.of(authentication)));
    }

    @Post("/{id}/accept")
    Offer accept(Authentication authentication, UUID id) {
        return offers.accept(Caller.of(authentication), id);
    }

    @Post("/{id}/decline")
    Offer decline(Authentication authentication, UUID id, @Nullable @Valid @Body PairCommands.Decline body) {
        return offers.decline(Caller.of(authentication), id, body == null ? null : body.reason());
    }

    @Serdeable
    record OfferList(List<Offer> items) {
    }

    @Serdeable
    record Offer(UUID pairId, String schoolId, String formTitle, LocalDate startsOn, LocalDate endsOn, String status,
                 List<MinimalCard> mentees) {
    }

    /** All a mentor from elsewhere may know of a mentee before the pair works: first name and class. */
    @Serdeable
    record MinimalCard(String firstName, @Nullable String grade) {
    }
}
