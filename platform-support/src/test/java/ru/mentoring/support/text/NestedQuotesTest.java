package ru.mentoring.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NestedQuotesTest {

    @Test
    void quotesInsideQuotesBecomeLowAndHighOnes() {
        assertThat(NestedQuotes.of("Подведены итоги конкурса «Конкурс «Педагог-наставник» — муниципальный этап»."))
                .isEqualTo("Подведены итоги конкурса «Конкурс „Педагог-наставник“ — муниципальный этап».");
        assertThat(NestedQuotes.of("Работа «Проектная команда «Юные инженеры»» и работа «Лучшая пара»"))
                .isEqualTo("Работа «Проектная команда „Юные инженеры“» и работа «Лучшая пара»");
    }

    @Test
    void quotesOneDeepOrThatDoNotPairUpStayAsTheyAre() {
        assertThat(NestedQuotes.of("Конкурс «Педагог-наставник» — муниципальный этап"))
                .isEqualTo("Конкурс «Педагог-наставник» — муниципальный этап");
        assertThat(NestedQuotes.of("«Конкурс «Педагог-наставник")).isEqualTo("«Конкурс «Педагог-наставник");
        assertThat(NestedQuotes.of("наставник» и «")).isEqualTo("наставник» и «");
        assertThat(NestedQuotes.of("без кавычек")).isEqualTo("без кавычек");
    }

    @Test
    void eachLineOfAMessageIsSetOnItsOwn() {
        assertThat(NestedQuotes.of("Здравствуйте!\n\nРабота «Пара «учитель — ученик»» принята.\nКонкурс «Педагог-\nнаставник»"))
                .isEqualTo("Здравствуйте!\n\nРабота «Пара „учитель — ученик“» принята.\nКонкурс «Педагог-\nнаставник»");
        assertThat(NestedQuotes.of("«А «Б»»\n")).isEqualTo("«А „Б“»\n");
    }
}
