package ru.mentoring.portal.municipal;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.YearList;
import ru.mentoring.portal.testing.BankMother;

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
        assertThat(new SchoolYear(2026).options()).filteredOn(o -> o.selected()).extracting(o -> o.value())
                .containsExactly("2026/2027");
    }

    @Test
    void printedListIsNumberedByNameWithPlaceOfWork() {
        var rows = MunicipalRow.of(List.of(
                new YearList.Entry(BankMother.IVANOVA, "Яковлева Анна", "TEACHER", "1", null, "учитель химии", List.of("ГИА")),
                new YearList.Entry(BankMother.PETROV, "Андреев Пётр", "EMPLOYER", null, "ООО «Завод»", null, null)),
                BankMother.schools());

        assertThat(rows).extracting(MunicipalRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).fullName()).isEqualTo("Андреев Пётр");
        assertThat(rows.get(0).kind()).isEqualTo("Представитель работодателя");
        assertThat(rows.get(0).workplace()).isEqualTo("ООО «Завод»");
        assertThat(rows.get(0).strengths()).isEqualTo("—");
        assertThat(rows.get(1).workplace()).isEqualTo("МАОУ СОШ № 1, учитель химии");
    }
}
