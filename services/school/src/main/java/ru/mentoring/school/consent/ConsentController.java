package ru.mentoring.school.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Consents of the school's mentees: recorded, withdrawn, and printed one document per consent. */
@Controller("/api")
@Secured(Roles.CURATOR)
class ConsentController {

    private final ConsentService service;
    private final ConsentPrinting printing;

    ConsentController(ConsentService service, ConsentPrinting printing) {
        this.service = service;
        this.printing = printing;
    }

    @Post("/mentees/{menteeId}/consents")
    HttpResponse<ConsentView> record(Authentication authentication, UUID menteeId, @Valid @Body RecordConsentCommand body) {
        Consent consent = service.record(school(authentication), menteeId, body);
        return HttpResponse.created(ConsentView.of(consent), URI.create("/api/consents/" + consent.id()));
    }

    @Get("/mentees/{menteeId}/consents")
    ConsentList list(Authentication authentication, UUID menteeId) {
        return new ConsentList(service.of(school(authentication), menteeId).stream().map(ConsentView::of).toList());
    }

    @Post("/consents/{id}/withdraw")
    ConsentView withdraw(Authentication authentication, UUID id, @Nullable @Valid @Body Withdrawal body) {
        return ConsentView.of(service.withdraw(school(authentication), id, body == null ? null : body.on(),
                body == null ? null : body.reason()));
    }

    @Get("/consents/{id}/document")
    HttpResponse<byte[]> document(Authentication authentication, UUID id, @Nullable @QueryValue String format) {
        return printing.recorded(school(authentication), id, format);
    }

    /** The form to be signed, filled in with what the school knows of the mentee. */
    @Get("/mentees/{menteeId}/consent-forms/{kind}")
    HttpResponse<byte[]> form(Authentication authentication, UUID menteeId, ConsentKind kind,
                              @Nullable @QueryValue String format, @Nullable @QueryValue String partner) {
        return printing.form(school(authentication), menteeId, kind, format, partner);
    }

    private static String school(Authentication authentication) {
        return Caller.of(authentication).requireSchool();
    }

    @Serdeable
    record ConsentList(List<ConsentView> items) {
    }

    @Serdeable
    record Withdrawal(@Nullable LocalDate on,
                      @Nullable @Size(max = 1000, message = "Причина отзыва не длиннее 1000 символов") String reason) {
    }

    @Serdeable
    record ConsentView(UUID id, UUID menteeId, ConsentKind kind, String kindTitle, String textVersion, Signer signedBy,
                       String signedByTitle, String signerName, boolean coSignedByPupil,
                       @Nullable String partnerOrganisation, LocalDate signedOn, @Nullable LocalDate withdrawnOn,
                       @Nullable String withdrawalReason, boolean inForce) {
        static ConsentView of(Consent c) {
            return new ConsentView(c.id(), c.menteeId(), c.kind(), c.kind().title(), c.textVersion(), c.signedBy(),
                    c.signedBy().title(), c.signerName(), c.coSignedByPupil(), c.partnerOrganisation(), c.signedOn(),
                    c.withdrawnOn(), c.withdrawalReason(), c.inForce());
        }
    }
}
