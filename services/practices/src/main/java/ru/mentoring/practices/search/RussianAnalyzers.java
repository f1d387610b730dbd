package ru.mentoring.practices.search;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * The analysis chains of the index. Text fields: tokens, lower case, Russian stop words, then
 * morphology ({@link RussianMorphologyFilter}). The {@code words} field keeps the surface forms (lower
 * case, «ё» as «е»), for typo-tolerant matching of words the morphology could not place.
 */
@Singleton
class RussianAnalyzers {

    private final RussianDictionary dictionary;
    private final Analyzer morphology;
    private final Analyzer surface;
    private final Analyzer perField;

    RussianAnalyzers(RussianDictionary dictionary) {
        this.dictionary = dictionary;
        WordForms forms = new WordForms(dictionary.dictionary().orElse(null));
        this.morphology = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
                stream = new RussianMorphologyFilter(stream, forms);
                stream = new YoFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
        this.surface = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new YoFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        this.perField = new PerFieldAnalyzerWrapper(morphology, Map.of(IndexFields.WORDS, surface));
    }

    Analyzer morphology() {
        return morphology;
    }

    Analyzer surface() {
        return surface;
    }

    /** What the index writer and the highlighter use. */
    Analyzer perField() {
        return perField;
    }

    String describe() {
        return dictionary.describe();
    }
}
