package ru.mentoring.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkMessagesTest {

    @Test
    void aConversionFailureNamesTheParameterInRussian() {
        assertThat(FrameworkMessages.russian("Failed to convert argument [id] for value [xyz] due to: Invalid UUID string: xyz"))
                .isEqualTo("Параметр «id» указан в неверном формате: «xyz»");
        assertThat(FrameworkMessages.russian("Failed to convert argument [kind] for value [XYZ] due to: No enum constant "
                + "ru.mentoring.model.mentor.MentorKind.XYZ")).doesNotContain("enum").contains("«kind»");
    }

    @Test
    void aMissingParameterIsNamed() {
        assertThat(FrameworkMessages.russian("Required QueryValue [year] not specified")).isEqualTo("Не указан обязательный параметр «year»");
    }

    @Test
    void russianMessagesPassUnchangedAndAnythingElseBecomesRussian() {
        assertThat(FrameworkMessages.russian("Укажите ФИО наставника")).isEqualTo("Укажите ФИО наставника");
        assertThat(FrameworkMessages.russian("size must be between 0 and 500")).matches(".*\\p{IsCyrillic}.*").doesNotContain("size");
        assertThat(FrameworkMessages.russian(null)).matches(".*\\p{IsCyrillic}.*");
    }
}
