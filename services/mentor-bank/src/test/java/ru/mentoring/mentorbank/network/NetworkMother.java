package ru.mentoring.mentorbank.network;

import java.time.LocalDate;
import java.util.UUID;

/** Agreements relative to a given day, so a test means the same in any year. */
final class NetworkMother {

    private NetworkMother() {
    }

    static NetworkAgreement agreement(String school, LocalDate from, LocalDate to) {
        return new NetworkAgreement(UUID.randomUUID(), UUID.randomUUID(), school, "СП-" + school, from.minusDays(7), from, to);
    }
}
