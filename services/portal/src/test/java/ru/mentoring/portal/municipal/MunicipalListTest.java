package ru.mentoring.portal.municipal;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.catalogue.Catalogues;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalListTest {

    @Test
    void schoolYearRunsFromSeptemberToAugust() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 11, 23)).label()).isEqualTo("2026/2027");
        assertThat(SchoolYear.of(LocalDate.of(2027, 5, 15)).label()).isEqualTo("2026/2027");
        assertThat(SchoolYear.of(LocalDate.of(2027, 9, 1)).label()).isEqualTo("2027/2028");
        assertThat(SchoolYear.of(LocalDate.of(2026, 11, 23)).pathSegment()).isEqualTo("2026-2027");
    }

    @Test
    void onlyTwoConsecutiveYearsAreASchoolYear() {
        assertThat(SchoolYear.parse("2026/2027")).contains(new SchoolYear(2026));
        assertThat(SchoolYear.parse(" 2026-2027 ")).contains(new SchoolYear(2026));
        assertThat(SchoolYear.parse("2026/2028")).isEmpty();
        assertThat(SchoolYear.parse("двадцать шестой")).isEmpty();
        assertThat(SchoolYear.parse(null)).isEmpty();
        assertThat(new SchoolYear(2026).around()).extracting(SchoolYear::label)
                .containsExactly("2025/2026", "2026/2027", "2027/2028", "2028/2029");
    }

    @Test
    void printedListIsNumberedByNameWithPlaceOfWork() {
        var schools = new Catalogues.Schools(List.of(new Catalogues.School("1", "Школа № 1", "МАОУ СОШ № 1")));
        var rows = MunicipalRow.of(List.of(
                new MunicipalMentors.Entry("m-2", "Яковлева Анна", "TEACHER", "1", null, "учитель химии", List.of("ГИА")),
                new MunicipalMentors.Entry("m-1", "Андреев Пётр", "EMPLOYER", null, "ООО «Завод»", null, null)), schools);

        assertThat(rows).extracting(MunicipalRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).fullName()).isEqualTo("Андреев Пётр");
        assertThat(rows.get(0).kind()).isEqualTo("Представитель работодателя");
        assertThat(rows.get(0).workplace()).isEqualTo("ООО «Завод»");
        assertThat(rows.get(0).strengths()).isEqualTo("—");
        assertThat(rows.get(1).workplace()).isEqualTo("МАОУ СОШ № 1, учитель химии");
    }
}
