package ru.mentoring.portal.mentee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MenteeLabelsTest {

    @Test
    void aMenteeIsNamedWithTheirClassOrPositionAndNeverWithAnEmptyDash() {
        assertThat(MenteeLabels.withPlace("Белова Ксения Романовна", "9А", null)).isEqualTo("Белова Ксения Романовна — 9А класс");
        assertThat(MenteeLabels.withPlace("Ефимова Дарья Олеговна", null, " учитель математики "))
                .isEqualTo("Ефимова Дарья Олеговна — учитель математики");
        assertThat(MenteeLabels.withPlace("Соколова Анастасия Игоревна", " ", null)).isEqualTo("Соколова Анастасия Игоревна");
    }
}
