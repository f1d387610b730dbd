package ru.mentoring.school.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One consent of one person and kind, on a version of its text; a withdrawn one stays on record. */
@MappedEntity("consent")
public record Consent(
        @Id UUID id,
        String schoolId,
        UUID menteeId,
        ConsentKind kind,
        String textVersion,
        Signer signedBy,
        String signerName,
        boolean coSignedByPupil,
        @Nullable String partnerOrganisation,
        LocalDate signedOn,
        @Nullable LocalDate withdrawnOn,
        @Nullable String withdrawalReason,
        @Nullable @DateCreated Instant createdAt) {

    public boolean inForce() {
        return withdrawnOn == null;
    }

    Consent withdrawn(LocalDate on, @Nullable String reason) {
        return new Consent(id, schoolId, menteeId, kind, textVersion, signedBy, signerName, coSignedByPupil,
                partnerOrganisation, signedOn, on, reason, createdAt);
    }
}
