package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentorLabelsTest {

    @Test
    void everyKindHasItsRussianName() {
        assertThat(MentorLabels.kind(MentorKind.TEACHER)).isEqualTo("Педагог");
        assertThat(MentorLabels.kind(MentorKind.PUPIL)).isEqualTo("Обучающийся");
        assertThat(MentorLabels.kind(MentorKind.PARENT)).isEqualTo("Родитель");
        assertThat(MentorLabels.kind(MentorKind.UNIVERSITY_STUDENT)).isEqualTo("Студент вуза");
        assertThat(MentorLabels.kind(MentorKind.EMPLOYER)).isEqualTo("Представитель работодателя");
        assertThat(MentorLabels.kind(MentorKind.GRADUATE)).isEqualTo("Выпускник");
        assertThat(Arrays.stream(MentorKind.values()).map(MentorLabels::kind)).allMatch(MentorLabelsTest::cyrillic);
    }

    @Test
    void everyVisibilityHasItsRussianName() {
        assertThat(MentorLabels.visibility(MentorVisibility.SCHOOL)).isEqualTo("Только своя школа");
        assertThat(MentorLabels.visibility(MentorVisibility.NETWORK)).isEqualTo("Сетевой проект");
        assertThat(MentorLabels.visibility(MentorVisibility.MUNICIPAL)).isEqualTo("Муниципальный");
    }

    @Test
    void codesFromTheWireAreTranslatedAndUnknownOnesShownAsTheyAre() {
        assertThat(MentorLabels.kind("UNIVERSITY_STUDENT")).isEqualTo("Студент вуза");
        assertThat(MentorLabels.visibility("NETWORK")).isEqualTo("Сетевой проект");
        assertThat(MentorLabels.kind("ROBOT")).isEqualTo("ROBOT");
        assertThat(MentorLabels.visibility((String) null)).isEqualTo("—");
    }

    @Test
    void directoryRowShowsRussianLabelsStrengthsAndPlaces() {
        var entry = new DirectoryEntry("m-1", "Иванова Мария Петровна", "TEACHER", "MUNICIPAL", 2, "1", null,
                "учитель математики", List.of("подготовка к ГИА", "проектная деятельность"), List.of("математика"));

        MentorRow row = MentorRow.of(entry);

        assertThat(row.kind()).isEqualTo("Педагог");
        assertThat(row.visibility()).isEqualTo("Муниципальный");
        assertThat(row.strengths()).isEqualTo("подготовка к ГИА, проектная деятельность");
        assertThat(row.freeCapacity()).isEqualTo(2);
        assertThat(row.workplace()).isEqualTo("Школа № 1, учитель математики");
        assertThat(row.matches("иванова")).isTrue();
        assertThat(row.matches(" МАРИЯ ")).isTrue();
        assertThat(row.matches("Петров Иван")).isFalse();
        assertThat(row.matches("")).isTrue();
    }

    @Test
    void rowWithoutStrengthsOrPlacesStaysReadable() {
        MentorRow row = MentorRow.of(new DirectoryEntry("m-2", "Орлов Пётр", "EMPLOYER", "SCHOOL", -1, null,
                "ООО «Завод»", null, null, null));

        assertThat(row.strengths()).isEqualTo("—");
        assertThat(row.freeCapacity()).isZero();
        assertThat(row.workplace()).isEqualTo("ООО «Завод»");
        assertThat(row.kind()).isEqualTo("Представитель работодателя");
        assertThat(row.visibility()).isEqualTo("Только своя школа");
    }

    private static boolean cyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
