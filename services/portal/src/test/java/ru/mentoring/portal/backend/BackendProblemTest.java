package ru.mentoring.portal.backend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackendProblemTest {

    @Test
    void fieldIsRecoveredFromAValidationPathPrefix() {
        var error = new BackendProblem.FieldError(null, "command.fullName: Укажите ФИО наставника").normalised();

        assertThat(error.field()).isEqualTo("fullName");
        assertThat(error.message()).isEqualTo("Укажите ФИО наставника");
    }

    @Test
    void namedFieldsAndPlainMessagesStayAsTheyAre() {
        var named = new BackendProblem.FieldError("email", "Адрес электронной почты указан неверно");
        var plain = new BackendProblem.FieldError(null, "Наставник уже есть в банке: проверьте ФИО");

        assertThat(named.normalised()).isEqualTo(named);
        assertThat(plain.normalised()).isEqualTo(plain);
    }
}
