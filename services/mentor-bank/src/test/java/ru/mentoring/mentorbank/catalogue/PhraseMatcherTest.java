package ru.mentoring.mentorbank.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrases as schools write them in their sheets, and the catalogue entry each one means (or none). */
class PhraseMatcherTest {

    private final PhraseMatcher competencies = PhraseMatcher.lenient(CatalogueMother.competencies(),
            CatalogueMother.competencySynonyms());
    private final PhraseMatcher forms = PhraseMatcher.strict(CatalogueMother.forms(), CatalogueMother.formSynonyms());
    private final PhraseMatcher formats = PhraseMatcher.lenient(CatalogueMother.formats(), java.util.Map.of());

    @ParameterizedTest(name = "«{0}» → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "проектная деятельность|project_activity|EXACT",
            "  Проектная   Деятельность. |project_activity|EXACT",
            "«Формирующее оценивание»|formative_assessment|EXACT",
            "formative_assessment|formative_assessment|EXACT",
            "работа с одаренными детьми|gifted_children|EXACT",
            "подготовка к ОГЭ|exam_preparation|SYNONYM",
            "развитие детской одарённости|gifted_children|SYNONYM",
            "Современный урок|modern_lesson|SYNONYM",
            "проектной деятельности|project_activity|WORD_FORMS",
            "критериальное и формирующее оценивание|formative_assessment|WORD_FORMS",
            "организация проектной деятельности обучающихся|project_activity|WORD_FORMS",
            "профориентация школьников|career_guidance|WORD_FORMS",
            "работа с детьми с ОВЗ и их родителями|special_needs|WORD_FORMS",
            "формирущее оценивание|formative_assessment|SIMILAR",
            "функциональная граммотность|functional_literacy|SIMILAR",
    })
    void meansTheEntry(String phrase, String code, PhraseMatcher.How how) {
        var match = competencies.match(phrase).orElseThrow();
        assertThat(match.entries()).extracting(Catalogue.Entry::code).containsExactly(code);
        assertThat(match.how()).isEqualTo(how);
    }

    @ParameterizedTest
    @ValueSource(strings = {"сопровождение молодых педагогов", "воспитательная работа", "оценивание", "наставничество",
            "работа с детьми", "урок", "организация досуга", "—", ""})
    void meansNoEntry(String phrase) {
        assertThat(competencies.match(phrase)).isEmpty();
    }

    @Test
    void aPhraseNamingTwoEntriesMeansBoth() {
        var match = competencies.match("проектная деятельность и функциональная грамотность").orElseThrow();
        assertThat(match.entries()).extracting(Catalogue.Entry::code)
                .containsExactlyInAnyOrder("project_activity", "functional_literacy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"учитель – ученик", "учитель-ученик", "Учитель–ученик", "учитель - ученик", "учитель—ученик",
            "\"учитель – ученик\"", "УЧИТЕЛЬ – УЧЕНИК", "учителя – ученики", "TEACHER_PUPIL"})
    void formsAreOneWhateverTheDashAndCase(String written) {
        assertThat(forms.match(written).orElseThrow().first().code()).isEqualTo("TEACHER_PUPIL");
    }

    @Test
    void formsWantTheSameSidesInTheSameOrder() {
        assertThat(forms.match("учитель – учитель").orElseThrow().first().code()).isEqualTo("TEACHER_TEACHER");
        assertThat(forms.match("педагог – педагог").orElseThrow().first().code()).isEqualTo("TEACHER_TEACHER");
        assertThat(forms.match("ученик – учитель")).isEmpty();
        assertThat(forms.match("учитель – ученица")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"традиционное|TRADITIONAL", "долгосрочное|TRADITIONAL",
            "дистанционное|VIRTUAL", "реверсивное наставничество|REVERSE", "флэш-наставничество|FLASH",
            "Наставничество в группе|GROUP"})
    void formatsAreFoundByTheirWordsAndRemarks(String written, String code) {
        assertThat(formats.match(written).orElseThrow().first().code()).isEqualTo(code);
    }
}
