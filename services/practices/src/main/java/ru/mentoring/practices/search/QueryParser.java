package ru.mentoring.practices.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a reader typed into a Lucene query: every word must be found (in the title, the text or the
 * attached files; a title match weighs most), in any of its forms. A word the index does not know at all
 * is taken as a typo and replaced by the closest words the texts contain ({@link Corrections}).
 */
final class QueryParser {

    private static final String[] FIELDS = {IndexFields.TITLE, IndexFields.BODY, IndexFields.FILES};
    private static final float[] BOOSTS = {3f, 1f, 0.5f};

    private QueryParser() {
    }

    /** One word of the query: the surface form typed and the forms morphology gives it. */
    record Word(String surface, Set<String> forms) {
    }

    static Query parse(String text, RussianAnalyzers analyzers, IndexReader reader, Corrections corrections) {
        List<Word> words = words(text, analyzers.morphology());
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words) {
            all.add(wordQuery(word, reader, analyzers, corrections), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    static List<Word> words(String text, Analyzer analyzer) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    String surface = Normalizer.fold(text.substring(offset.startOffset(), offset.endOffset()));
                    words.add(new Word(surface, new LinkedHashSet<>()));
                }
                words.getLast().forms().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Query wordQuery(Word word, IndexReader reader, RussianAnalyzers analyzers, Corrections corrections) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean known = false;
        for (String form : word.forms()) {
            known |= addForm(any, form, reader, 1f);
        }
        if (!known) {
            for (String correction : corrections.of(reader, IndexFields.WORDS, word.surface())) {
                for (Word corrected : words(correction, analyzers.morphology())) {
                    for (String form : corrected.forms()) {
                        addForm(any, form, reader, 0.5f);
                    }
                }
            }
            for (String form : word.forms()) {
                for (String lemma : corrections.of(reader, IndexFields.BODY, form)) {
                    addForm(any, lemma, reader, 0.5f);
                }
            }
        }
        return any.build();
    }

    /** @return whether the form occurs anywhere in the index */
    private static boolean addForm(BooleanQuery.Builder any, String form, IndexReader reader, float weight) {
        boolean known = false;
        for (int i = 0; i < FIELDS.length; i++) {
            Term t = new Term(FIELDS[i], form);
            known |= docFreq(reader, t) > 0;
            any.add(new BoostQuery(new TermQuery(t), BOOSTS[i] * weight), BooleanClause.Occur.SHOULD);
        }
        return known;
    }

    private static int docFreq(IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
