package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A mentee's personal-data consents: one per kind, with who signed, when and whether withdrawn. */
public final class Consents {

    private Consents() {
    }

    /** {@code kind}: PROCESSING, DISTRIBUTION or TRANSFER; {@code signedBy}: SELF or GUARDIAN. */
    @Serdeable
    public record Consent(UUID id, UUID menteeId, String kind, @Nullable String kindTitle,
                          @Nullable String textVersion, @Nullable String signedBy, @Nullable String signedByTitle,
                          @Nullable String signerName, boolean coSignedByPupil, @Nullable String partnerOrganisation,
                          @Nullable LocalDate signedOn, @Nullable LocalDate withdrawnOn,
                          @Nullable String withdrawalReason, boolean inForce) {
    }

    /** The body of {@code POST /api/mentees/{id}/consents}. */
    @Serdeable
    public record Record(@Nullable String kind, @Nullable String signedBy, @Nullable String signerName,
                         boolean coSignedByPupil, @Nullable String partnerOrganisation, @Nullable LocalDate signedOn) {
    }

    @Serdeable
    public record Withdrawal(@Nullable LocalDate on, @Nullable String reason) {
    }
}
