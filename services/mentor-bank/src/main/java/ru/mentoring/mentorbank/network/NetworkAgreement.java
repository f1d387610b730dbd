package ru.mentoring.mentorbank.network;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A partner school joins a project by an agreement with a number, a date and a term. */
@Serdeable
@MappedEntity("network_agreement")
record NetworkAgreement(@Id UUID id, UUID projectId, String schoolId, String number, LocalDate signedOn,
                        LocalDate validFrom, LocalDate validTo) {

    boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(validTo) && !to.isBefore(validFrom);
    }
}
