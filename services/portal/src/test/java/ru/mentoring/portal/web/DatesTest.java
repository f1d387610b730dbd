package ru.mentoring.portal.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void formDatesAreReadAsTheBrowserOrAPersonWritesThem() {
        assertThat(Dates.parse("2026-09-01")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Dates.parse(" 01.09.2026 ")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Dates.parse("31.02.2026")).isNull();
        assertThat(Dates.parse("")).isNull();
        assertThat(Dates.day(LocalDate.of(2026, 9, 1))).isEqualTo("01.09.2026");
        assertThat(Dates.day(null)).isEqualTo("—");
    }
}
