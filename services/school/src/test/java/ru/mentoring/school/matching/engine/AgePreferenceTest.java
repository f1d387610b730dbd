package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.mentoring.school.mentee.MenteeKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The age a mentor prefers, as written in mentor sheets, and how mentees fit it. */
class AgePreferenceTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5–7 классы                    | 5–7 классы
            5-7 класс                     | 5–7 классы
            с 5 по 9 класс                | 5–9 классы
            5-х – 7-х классов             | 5–7 классы
            ученики 6-8 классов           | 6–8 классы
            9, 10 и 11 классы             | 9–11 классы
            учащиеся 5, 6 классов         | 5–6 классы
            8-е классы                    | 8 класс
            обучающиеся 7 класса          | 7 класс
            5–6 кл.                       | 5–6 классы
            10-11 кл                      | 10–11 классы
            VII–IX классы                 | 7–9 классы
            V–VII классы                  | 5–7 классы
            старшеклассники               | 9–11 классы
            начальная школа               | 1–4 классы
            младшие школьники             | 1–4 классы
            учащиеся среднего звена       | 5–9 классы
            14–17 лет                     | 14–17 лет
            дети 10-14 лет                | 10–14 лет
            от 12 лет                     | от 12 лет
            12+                           | от 12 лет
            старше 14 лет                 | от 15 лет
            до 14 лет                     | до 14 лет
            подростки                     | 12–17 лет
            молодые педагоги              | молодые педагоги
            молодые специалисты           | молодые педагоги
            начинающие учителя            | молодые педагоги
            педагоги со стажем до 3 лет   | молодые педагоги
            коллеги                       | педагоги
            студенты колледжа             | студенты
            старшеклассники и студенты    | 9–11 классы, студенты
            взрослые                      | взрослые
            любой возраст                 | любой возраст
            не важно                      | любой возраст
            без ограничений               | любой возраст
            """)
    void readsRealPhrasings(String text, String described) {
        assertThat(AgePreference.parse(text).describe()).isEqualTo(described);
    }

    @Test
    void nothingWrittenIsNoPreference() {
        assertThat(AgePreference.parse(null).known()).isFalse();
        assertThat(AgePreference.parse("  ").known()).isFalse();
        assertThat(AgeFit.level(AgePreference.parse(""), MenteeKind.PUPIL, 12, 6)).isEqualTo(AgeFit.UNKNOWN_PREFERENCE);
    }

    @Test
    void aPupilFitsByClassOrByAge() {
        AgePreference classes = AgePreference.parse("5–7 классы");
        assertThat(AgeFit.level(classes, MenteeKind.PUPIL, null, 6)).isEqualTo(AgeFit.FULL);
        assertThat(AgeFit.level(classes, MenteeKind.PUPIL, null, 8)).isEqualTo(AgeFit.NEAR);
        assertThat(AgeFit.level(classes, MenteeKind.PUPIL, null, 10)).isEqualTo(AgeFit.NO);
        assertThat(AgeFit.level(classes, MenteeKind.PUPIL, 12, null)).isEqualTo(AgeFit.FULL);
        assertThat(AgeFit.level(classes, MenteeKind.PUPIL, null, null)).isEqualTo(AgeFit.UNKNOWN_MENTEE);
        AgePreference ages = AgePreference.parse("14–17 лет");
        assertThat(AgeFit.level(ages, MenteeKind.PUPIL, null, 9)).isEqualTo(AgeFit.FULL);
        assertThat(AgeFit.level(ages, MenteeKind.PUPIL, 13, null)).isEqualTo(AgeFit.NEAR);
        assertThat(AgeFit.level(ages, MenteeKind.PUPIL, null, 5)).isEqualTo(AgeFit.NO);
    }

    @Test
    void teachersAndStudentsFitTheirGroups() {
        assertThat(AgeFit.level(AgePreference.parse("молодые педагоги"), MenteeKind.TEACHER, 24, null)).isEqualTo(AgeFit.FULL);
        assertThat(AgeFit.level(AgePreference.parse("5–7 классы"), MenteeKind.TEACHER, 24, null)).isEqualTo(AgeFit.NO);
        assertThat(AgeFit.level(AgePreference.parse("студенты"), MenteeKind.STUDENT, 19, null)).isEqualTo(AgeFit.FULL);
        assertThat(AgeFit.level(AgePreference.parse("молодые педагоги"), MenteeKind.PUPIL, null, 7)).isEqualTo(AgeFit.NO);
        assertThat(AgeFit.level(AgePreference.parse("любой возраст"), MenteeKind.PUPIL, null, 7)).isEqualTo(AgeFit.FULL);
    }

    @Test
    void yearsAgreeWithTheirNumber() {
        assertThat(Words.years(1)).isEqualTo("год");
        assertThat(Words.years(23)).isEqualTo("года");
        assertThat(Words.years(15)).isEqualTo("лет");
        assertThat(Words.years(11)).isEqualTo("лет");
        assertThat(Words.years(21)).isEqualTo("год");
    }
}
