package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Free time as schools write it, read into hours of the week. */
class TimeSlotsTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            вторник, четверг после 15:00                | вторник, четверг 15:00–21:00
            Вт. Чт. после 15                            | вторник, четверг 15:00–21:00
            вторник/четверг после 14:00                 | вторник, четверг 14:00–21:00
            После 15.00: вторник, четверг               | вторник, четверг 15:00–21:00
            по будням после уроков                      | понедельник, вторник, среда, четверг, пятница 14:00–18:00
            пн–пт 16:00–18:00                           | понедельник, вторник, среда, четверг, пятница 16:00–18:00
            ПН-ПТ с 9 до 12                             | понедельник, вторник, среда, четверг, пятница 9:00–12:00
            будние дни с 16 до 19                       | понедельник, вторник, среда, четверг, пятница 16:00–19:00
            с понедельника по четверг после 14          | понедельник, вторник, среда, четверг 14:00–21:00
            суббота утром                               | суббота 8:00–12:00
            пятница вечером                             | пятница 17:00–21:00
            среда после обеда                           | среда 13:00–18:00
            понедельник и среда с 14 до 16              | понедельник, среда 14:00–16:00
            чт с 13 до 15                               | четверг 13:00–15:00
            вт, чт 15:00–17:00                          | вторник, четверг 15:00–17:00
            пн, ср, пт — 15:00-16:00                    | понедельник, среда, пятница 15:00–16:00
            понедельник, среда, пятница 14:30–16:30     | понедельник, среда, пятница 14:00–17:00
            суббота с 10:00 до 12:30                    | суббота 10:00–13:00
            Среда, 15-17                                | среда 15:00–17:00
            по средам после 16                          | среда 16:00–21:00
            вторник 15:00                               | вторник 15:00–17:00
            в 16 часов по понедельникам                 | понедельник 16:00–18:00
            по вторникам — после 16, по пятницам — утром | вторник 16:00–21:00; пятница 8:00–12:00
            будни после 17:00, суббота                  | понедельник, вторник, среда, четверг, пятница 17:00–21:00; суббота
            по выходным                                 | суббота, воскресенье
            ежедневно кроме среды                       | понедельник, вторник, четверг, пятница, суббота, воскресенье
            не могу по средам                           | понедельник, вторник, четверг, пятница, суббота, воскресенье
            после 15:00                                 | любой день 15:00–21:00
            после 4                                     | любой день 16:00–21:00
            во второй половине дня                      | любой день 13:00–18:00
            в любое время                               | любой день
            по договорённости                           | любой день
            ВТОРНИК И ЧЕТВЕРГ ПОСЛЕ 15:00               | вторник, четверг 15:00–21:00
            """)
    void readsRealPhrasings(String text, String week) {
        assertThat(TimeSlots.parse(text).describe()).isEqualTo(week);
    }

    @Test
    void numbersThatAreNotTimesAreLeftAlone() {
        assertThat(TimeSlots.parse("2 раза в неделю").known()).isFalse();
        assertThat(TimeSlots.parse("1 час в неделю").known()).isFalse();
        assertThat(TimeSlots.parse("").known()).isFalse();
        assertThat(TimeSlots.parse(null).known()).isFalse();
    }

    @Test
    void overlapCountsSharedHours() {
        TimeSlots mentor = TimeSlots.parse("вторник, четверг после 15:00");
        assertThat(mentor.overlapHours(TimeSlots.parse("по вторникам с 16 до 18"))).isEqualTo(2);
        assertThat(mentor.overlapHours(TimeSlots.parse("вторник 20:00"))).isEqualTo(1);
        assertThat(mentor.overlapHours(TimeSlots.parse("суббота утром"))).isZero();
        assertThat(mentor.and(TimeSlots.parse("по будням после уроков")).describe()).isEqualTo("вторник, четверг 15:00–18:00");
    }

    @Test
    void aScoreCountsSharedHoursUpToTwo() {
        String[] weeks = {"вторник, четверг после 15:00", "по вторникам с 16 до 18", "вторник 20:00", "суббота утром",
                "по будням после уроков", "в любое время", "пятница 17:00", "воскресенье 20:00", "понедельник 8:00", ""};
        for (String a : weeks) {
            for (String b : weeks) {
                TimeSlots one = TimeSlots.parse(a);
                TimeSlots other = TimeSlots.parse(b);
                assertThat(one.overlapUpToTwo(other.low(), other.middle(), other.high()))
                        .as("«%s» and «%s»", a, b).isEqualTo(Math.min(2, one.overlapHours(other)));
            }
        }
    }

    @Test
    void dashesAndYoAreAllTheSame() {
        assertThat(TimeSlots.parse("пн—пт 16:00‒18:00")).isEqualTo(TimeSlots.parse("пн-пт 16:00-18:00"));
        assertThat(TimeSlots.parse("по договорённости")).isEqualTo(TimeSlots.parse("по договоренности"));
    }
}
