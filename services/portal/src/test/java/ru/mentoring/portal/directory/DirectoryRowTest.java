package ru.mentoring.portal.directory;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.DirectoryEntry;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryRowTest {

    @Test
    void rowShowsRussianLabelsStrengthsAndPlaces() {
        var entry = new DirectoryEntry(UUID.randomUUID(), "Иванова Мария Петровна", "TEACHER", "MUNICIPAL", 2, "1",
                null, "учитель математики", List.of("подготовка к ГИА", "проектная деятельность"), List.of("математика"));

        DirectoryRow row = DirectoryRow.of(entry, new ru.mentoring.portal.catalogue.Schools(List.of(
                new ru.mentoring.portal.backend.mentorbank.Catalogue.School("1", "МАОУ «СОШ № 1»", "СОШ № 1",
                        "СОШ №\u00a01"))), null);

        assertThat(row.kind()).isEqualTo("Педагог");
        assertThat(row.visibility()).isEqualTo("Муниципальный");
        assertThat(row.strengths()).isEqualTo("подготовка к ГИА, проектная деятельность");
        assertThat(row.freeCapacity()).isEqualTo(2);
        assertThat(row.workplace()).as("the school as the bank names it, with a non-breaking «№»")
                .isEqualTo("СОШ №\u00a01, учитель математики");
        assertThat(row.requestable()).isTrue();
        assertThat(row.matches("иванова")).isTrue();
        assertThat(row.matches(" МАРИЯ ")).isTrue();
        assertThat(row.matches("Петров Иван")).isFalse();
        assertThat(row.matches("")).isTrue();
    }

    @Test
    void rowWithoutStrengthsOrPlacesStaysReadable() {
        DirectoryRow row = DirectoryRow.of(new DirectoryEntry(UUID.randomUUID(), "Орлов Пётр", "EMPLOYER", "SCHOOL", -1,
                null, "ООО «Завод»", null, null, null));

        assertThat(row.strengths()).isEqualTo("—");
        assertThat(row.freeCapacity()).isZero();
        assertThat(row.workplace()).isEqualTo("ООО «Завод»");
        assertThat(row.kind()).isEqualTo("Представитель работодателя");
        assertThat(row.visibility()).isEqualTo("Только своя школа");
    }
}
