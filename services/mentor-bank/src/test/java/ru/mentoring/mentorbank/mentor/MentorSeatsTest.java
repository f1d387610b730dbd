package ru.mentoring.mentorbank.mentor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorSeatsTest {

    @Test
    void freeSeatsAreWhatNeitherAssignmentsNorPendingRequestsHold() {
        assertThat(MentorMother.withSeats(3, 1, 1).freeCapacity()).isEqualTo(1);
        assertThat(MentorMother.withSeats(2, 2, 0).freeCapacity()).isZero();
    }

    @Test
    void freeSeatsNeverGoBelowZero() {
        assertThat(MentorMother.withSeats(1, 1, 1).freeCapacity()).isZero();
    }
}
