package ru.mentoring.events.series;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTest {

    @Test
    void firstWednesdayOfMarchMovesWithTheYear() {
        var rule = new Recurrence(Recurrence.Rule.NTH_WEEKDAY, 3, null, DayOfWeek.WEDNESDAY, 1);
        assertThat(rule.dateIn(2027)).contains(LocalDate.of(2027, 3, 3));
        assertThat(rule.dateIn(2028)).contains(LocalDate.of(2028, 3, 1));
        assertThat(rule.inWords()).isEqualTo("первая среда марта");
    }

    @Test
    void lastWeekOfMarchIsItsLastFullWorkingWeek() {
        var rule = new Recurrence(Recurrence.Rule.LAST_WEEK, 3, null, null, null);
        assertThat(rule.dateIn(2027)).contains(LocalDate.of(2027, 3, 22));
        assertThat(rule.dateIn(2029)).contains(LocalDate.of(2029, 3, 26));
        assertThat(rule.inWords()).isEqualTo("последняя неделя марта");
    }

    @Test
    void aFixedDateAndALastWeekdayAndAMissingFifthOne() {
        assertThat(new Recurrence(Recurrence.Rule.FIXED_DATE, 3, 2, null, null).dateIn(2031)).contains(LocalDate.of(2031, 3, 2));
        assertThat(new Recurrence(Recurrence.Rule.NTH_WEEKDAY, 10, null, DayOfWeek.FRIDAY, -1).dateIn(2027))
                .contains(LocalDate.of(2027, 10, 29));
        assertThat(new Recurrence(Recurrence.Rule.NTH_WEEKDAY, 2, null, DayOfWeek.MONDAY, 5).dateIn(2027)).isEmpty();
        assertThat(new Recurrence(Recurrence.Rule.FIXED_DATE, 2, 30, null, null).problems()).containsExactly("В этом месяце нет 30-го числа");
    }
}
