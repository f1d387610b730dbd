package ru.mentoring.mentorbank.network;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest {

    private final LocalDate today = LocalDate.now(java.time.Clock.systemUTC());

    @Test
    void theLeadSchoolAndEverySchoolWithACurrentAgreementAreMembers() {
        var members = Membership.of("1", List.of(
                NetworkMother.agreement("2", today.minusMonths(3), today.plusMonths(9)),
                NetworkMother.agreement("3", today.minusYears(1), today)), today);
        assertThat(members).containsExactly("1", "2", "3");
    }

    @Test
    void anExpiredAgreementNoLongerCounts() {
        var members = Membership.of("1", List.of(NetworkMother.agreement("2", today.minusYears(2), today.minusDays(1))), today);
        assertThat(members).containsExactly("1");
    }

    @Test
    void anAgreementSignedAheadCountsFromTheStart() {
        var members = Membership.of("1", List.of(NetworkMother.agreement("4", today.plusMonths(1), today.plusYears(1))), today);
        assertThat(members).contains("4");
    }

    @Test
    void overlappingTermsOfOneSchoolAreRecognised() {
        var agreement = NetworkMother.agreement("2", today, today.plusMonths(6));
        assertThat(agreement.overlaps(today.plusMonths(5), today.plusYears(1))).isTrue();
        assertThat(agreement.overlaps(today.plusMonths(7), today.plusYears(1))).isFalse();
    }
}
