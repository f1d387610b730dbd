package ru.mentoring.mentorbank.catalogue;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Russian word forms through Lucene's analysis: the standard tokenizer, then the Snowball Russian
 * stemmer (the algorithm PostgreSQL's «russian» search configuration uses), so «проектной деятельности»
 * and «проектная деятельность» give the same stems. Function words (prepositions, conjunctions) are
 * dropped: «работа с детьми» and «работа детьми» mean the same to a catalogue.
 * The Hunspell dictionary is not used here: it would hold ~40 MB of the service's 256 MB heap for the
 * few forms (irregular plurals) the stemmer misses, and those are listed in {@link #IRREGULAR}.
 */
public final class RussianWords {

    private static final CharArraySet FUNCTION_WORDS = new CharArraySet(List.of("и", "или", "а", "в", "во", "на",
            "с", "со", "к", "ко", "по", "для", "о", "об", "обо", "у", "из", "от", "до", "за", "при", "про", "без",
            "над", "под", "через", "не", "ни", "же", "ли", "как", "их", "его", "её", "ее"), false);

    /** Stems the Snowball algorithm leaves apart although they are one word. */
    private static final Map<String, String> IRREGULAR = Map.of("детьм", "дет", "людьм", "люд");

    private RussianWords() {
    }

    /** The stems of the content words, in order. */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (var tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text.replace('ё', 'е').replace('Ё', 'Е')));
            try (TokenStream stream = new SnowballFilter(new StopFilter(new LowerCaseFilter(tokenizer), FUNCTION_WORDS),
                    new RussianStemmer())) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String stem = term.toString();
                    stems.add(IRREGULAR.getOrDefault(stem, stem));
                }
                stream.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
