package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorFormTest {

    @Test
    void commaSeparatedStrengthsBecomeAList() {
        var form = new MentorForm(" Соколова Ирина ", "TEACHER", " 3 ", "", "", "", "",
                "проектная деятельность, подготовка к ГИА,, проектная деятельность ");

        var registration = form.toRegistration();

        assertThat(registration.fullName()).isEqualTo("Соколова Ирина");
        assertThat(registration.capacity()).isEqualTo(3);
        assertThat(registration.homeSchoolId()).isNull();
        assertThat(registration.strengths()).containsExactly("проектная деятельность", "подготовка к ГИА");
    }

    @Test
    void capacityThatIsNotANumberIsNotSent() {
        assertThat(new MentorForm("А", "TEACHER", "два", null, null, null, null, null).capacityNumber()).isNull();
    }
}
