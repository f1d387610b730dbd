package ru.mentoring.support.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTest {

    @Test
    void aMessageQuotingATitleWithItsOwnQuotesReadsRightInSubjectAndText() {
        Mail mail = Mail.of("mentor@school1.ru", "Итоги конкурса «Конкурс «Педагог-наставник»»",
                "Подведены итоги конкурса «Конкурс «Педагог-наставник» — муниципальный этап».\nСпасибо за участие!");

        assertThat(mail.subject()).isEqualTo("Итоги конкурса «Конкурс „Педагог-наставник“»");
        assertThat(mail.text()).isEqualTo(
                "Подведены итоги конкурса «Конкурс „Педагог-наставник“ — муниципальный этап».\nСпасибо за участие!");
    }
}
