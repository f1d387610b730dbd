package ru.mentoring.mentorbank.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentorAudienceTest {

    @Test
    void aMunicipalMentorIsSeenByEverySchool() {
        assertThat(MentorAudience.includes(MentorMother.municipal(), List.of(), "3")).isTrue();
    }

    @Test
    void aSchoolMentorIsSeenByTheirOwnSchoolAlone() {
        Mentor mentor = MentorMother.ofSchool("1", MentorVisibility.SCHOOL);
        assertThat(MentorAudience.includes(mentor, List.of(), "1")).isTrue();
        assertThat(MentorAudience.includes(mentor, List.of("2"), "2")).as("sharing lists mean nothing for a school mentor").isFalse();
    }

    @Test
    void aNetworkMentorIsSeenByTheMemberSchoolsOfTheirProjectsOnly() {
        Mentor mentor = MentorMother.ofSchool("1", MentorVisibility.NETWORK);
        assertThat(MentorAudience.includes(mentor, List.of("1", "2"), "2")).isTrue();
        assertThat(MentorAudience.includes(mentor, List.of("1", "2"), "3")).isFalse();
        assertThat(MentorAudience.includes(mentor, List.of(), "1")).as("always their own school").isTrue();
    }
}
