package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian words compared as a curator would: word forms, word families, «ё», dashes, case, abbreviations. */
class RussianTextTest {

    private final RussianText text = new RussianText();

    @ParameterizedTest(name = "«{0}» = «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            проектной деятельности               | проектная деятельность
            проектов                             | проектный
            подготовиться к экзаменам            | подготовка к экзамену
            Подготовка к ОГЭ                     | подготовка к ГИА
            подготовка к ЕГЭ                     | ПОДГОТОВКА К ГИА
            олимпиадная подготовка               | подготовка к олимпиадам
            работа с одарёнными детьми           | работа с одаренными детьми
            профессиональная ориентация          | профориентация
            работа с детьми с ограниченными возможностями здоровья | работа с детьми с ОВЗ
            ИКТ                                  | цифровые
            алгебра                              | математика
            физкультура                          | физическая
            русскому языку                       | русский язык
            учебно‑исследовательская             | учебно-исследовательская
            """)
    void sameThingSameKeys(String one, String other) {
        assertThat(text.keys(one)).containsExactlyInAnyOrderElementsOf(text.keys(other));
    }

    @Test
    void functionWordsAreDropped() {
        assertThat(text.keys("Хочу подготовиться к ОГЭ по математике")).isEqualTo(text.keys("подготовка ГИА математика"));
    }

    @Test
    void differentThingsStayApart() {
        assertThat(text.keys("физика")).isNotEqualTo(text.keys("физическая культура"));
        assertThat(text.keys("английский язык")).isNotEqualTo(text.keys("немецкий язык"));
        assertThat(text.keys("аттестация педагога")).doesNotContainAnyElementsOf(text.keys("ГИА"));
    }

    @Test
    void foldingHandlesCaseYoAndDashes() {
        assertThat(RussianText.fold("Ёлка — ПН–ПТ")).isEqualTo("елка - пн-пт");
        assertThat(RussianText.words("5–7 классы, «одарённые»")).containsExactly("5", "7", "классы", "одаренные");
    }

    @Test
    void weakWordsAreKnown() {
        assertThat(RussianText.weak(text.key("работа"))).isTrue();
        assertThat(RussianText.weak(text.key("детьми"))).isTrue();
        assertThat(RussianText.weak(text.key("проектная"))).isFalse();
    }
}
