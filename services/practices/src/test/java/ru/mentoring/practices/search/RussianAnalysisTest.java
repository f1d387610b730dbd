package ru.mentoring.practices.search;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the analysis does to Russian words, with the Hunspell dictionary of the OS and without it. */
class RussianAnalysisTest {

    private static final RussianAnalyzers WITH_DICTIONARY = analyzers(new SearchSettings().getHunspellDirs());
    private static final RussianAnalyzers STEMMER_ONLY = analyzers(List.of("/nonexistent"));

    @Test
    void hunspellGivesDictionaryFormsOfInflectedWords() {
        assumeTrue(Files.isReadable(Path.of("/usr/share/hunspell/ru_RU.dic")),
                "hunspell-ru is installed by deploy/local/infra.sh");
        assertThat(forms(WITH_DICTIONARY, "наставники наставника наставником наставникам"))
                .allSatisfy(f -> assertThat(f).contains("наставник"));
        assertThat(forms(WITH_DICTIONARY, "проектной деятельности"))
                .isEqualTo(forms(WITH_DICTIONARY, "проектная деятельность"));
        assertThat(forms(WITH_DICTIONARY, "учителя").getFirst()).contains("учитель");
        assertThat(forms(WITH_DICTIONARY, "учительница").getFirst()).doesNotContain("учитель");
    }

    @Test
    void withoutTheDictionaryTheStemmerStillJoinsRegularForms() {
        assertThat(STEMMER_ONLY.describe()).contains("snowball only");
        assertThat(forms(STEMMER_ONLY, "наставника наставником")).containsOnly(Set.of("наставник"));
        assertThat(forms(STEMMER_ONLY, "проектной деятельности"))
                .isEqualTo(forms(STEMMER_ONLY, "проектная деятельность"));
    }

    @Test
    void yoCaseAndStopWordsFold() {
        assertThat(forms(STEMMER_ONLY, "Учёба и учеба")).hasSize(2).allSatisfy(f -> assertThat(f).contains("учеб"));
        assertThat(QueryParser.words("в и на", STEMMER_ONLY.morphology())).isEmpty();
        assertThat(QueryParser.words("Наставнек", STEMMER_ONLY.morphology()).getFirst().surface()).isEqualTo("наставнек");
    }

    private static List<Set<String>> forms(RussianAnalyzers analyzers, String text) {
        return QueryParser.words(text, analyzers.morphology()).stream().map(QueryParser.Word::forms).toList();
    }

    private static RussianAnalyzers analyzers(List<String> dirs) {
        SearchSettings settings = new SearchSettings();
        settings.setHunspellDirs(dirs);
        return new RussianAnalyzers(new RussianDictionary(settings));
    }
}
