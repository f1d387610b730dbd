package ru.mentoring.portal.mentor;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.Arrays;

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
    void optionsOfASelectAreInRussianWithTheChosenOneSelected() {
        assertThat(MentorLabels.kinds("PARENT")).filteredOn(o -> o.selected()).singleElement()
                .satisfies(o -> assertThat(o.label()).isEqualTo("Родитель"));
        assertThat(MentorLabels.visibilities(null)).extracting(o -> o.label())
                .containsExactly("Только своя школа", "Сетевой проект", "Муниципальный");
        assertThat(MentorLabels.visibilities("WORLD")).noneMatch(o -> o.selected());
    }

    private static boolean cyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
