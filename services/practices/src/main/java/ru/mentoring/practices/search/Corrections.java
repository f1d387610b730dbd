package ru.mentoring.practices.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typo tolerance: a query word the index does not know is looked up among the words the texts really
 * contain, within one edit (two for words of ten letters or more), and replaced by the few closest and
 * most frequent ones — «наставнек» → «наставник». One Levenshtein automaton per unknown word, then
 * plain term queries, so ranking and highlighting cost what an ordinary query costs. Corrections are
 * remembered for the index version they were found in (the same typos recur); a refreshed index
 * starts with an empty memory.
 */
final class Corrections {

    private static final int CANDIDATES = 5;
    private static final int MEMORY = 10_000;

    private record Remembered(IndexReader reader, List<String> words) {
    }

    private final Map<String, Remembered> memory = new ConcurrentHashMap<>();

    /**
     * @param field {@link IndexFields#WORDS} to correct a surface form, {@link IndexFields#BODY} to correct
     *              a dictionary form (the stem of an unknown word meets the lemma it misspells)
     */
    List<String> of(IndexReader reader, String field, String word) {
        String key = field + ':' + word;
        Remembered known = memory.get(key);
        if (known != null && known.reader() == reader) {
            return known.words();
        }
        List<String> found = lookUp(reader, field, word);
        if (memory.size() >= MEMORY) {
            memory.clear();
        }
        memory.put(key, new Remembered(reader, found));
        return found;
    }

    static int edits(String surface) {
        int length = surface.codePointCount(0, surface.length());
        return length >= 10 ? 2 : length >= 5 ? 1 : 0;
    }

    private record Candidate(String word, float similarity, int docFreq) {
    }

    private static List<String> lookUp(IndexReader reader, String field, String surface) {
        int edits = edits(surface);
        if (edits == 0) {
            return List.of();
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return List.of();
            }
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(field, surface), edits, 1, true);
            List<Candidate> candidates = new ArrayList<>();
            BytesRef term;
            while ((term = fuzzy.next()) != null) {
                candidates.add(new Candidate(term.utf8ToString(), fuzzy.getBoost(), fuzzy.docFreq()));
            }
            return candidates.stream()
                    .sorted(Comparator.comparing(Candidate::similarity).reversed()
                            .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed()))
                    .limit(CANDIDATES)
                    .map(Candidate::word)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
