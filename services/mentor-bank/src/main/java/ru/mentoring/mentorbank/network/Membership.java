package ru.mentoring.mentorbank.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one rule for who belongs to a network project on a given day: its lead school, and every
 * school whose agreement has not expired. Sharing a pool mentor, requesting them, nominating into a
 * project and joining its pool all follow it.
 */
final class Membership {

    private Membership() {
    }

    static SortedSet<String> of(String leadSchoolId, Collection<NetworkAgreement> agreements, LocalDate on) {
        SortedSet<String> members = new TreeSet<>();
        members.add(leadSchoolId);
        for (NetworkAgreement agreement : agreements) {
            if (!agreement.validTo().isBefore(on)) {
                members.add(agreement.schoolId());
            }
        }
        return members;
    }
}
