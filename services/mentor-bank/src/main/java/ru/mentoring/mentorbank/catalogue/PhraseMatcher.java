package ru.mentoring.mentorbank.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the catalogue entry a school's phrase means, trying in order: the entry's own spelling (or its
 * code), a synonym, the same words in other forms (Russian stems), then trigram similarity above
 * {@link #SIMILAR_ENOUGH}. A lenient matcher (competencies, formats) also accepts a phrase that holds
 * every word of an entry plus a few of its own («критериальное и формирующее оценивание» →
 * «формирующее оценивание»), and then every entry it holds; similarity forgives misspelt words, never
 * a missing one. A strict matcher (forms: «учитель – ученик»
 * is not «учитель – учитель») wants the same words in the same order and never guesses by similarity.
 */
public final class PhraseMatcher {

    /** Tuned on the phrases of PhraseMatcherTest: typos and endings pass, a different word does not. */
    static final double SIMILAR_ENOUGH = 0.6;
    /** Words a phrase may add to an entry's and still mean it. */
    static final int EXTRA_WORDS = 3;

    public enum How {
        EXACT, SYNONYM, WORD_FORMS, SIMILAR
    }

    public record Match(List<Catalogue.Entry> entries, How how) {
        public Catalogue.Entry first() {
            return entries.getFirst();
        }
    }

    private record Candidate(Catalogue.Entry entry, List<String> stems, String stemText) {
    }

    private final boolean strict;
    private final Function<String, String> key;
    private final Map<String, Catalogue.Entry> byKey = new HashMap<>();
    private final Map<String, Catalogue.Entry> bySynonym = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();

    private PhraseMatcher(boolean strict, Function<String, String> key, List<Catalogue.Entry> entries,
                          Map<String, String> synonymCodes) {
        this.strict = strict;
        this.key = key;
        Map<String, Catalogue.Entry> byCode = new HashMap<>();
        for (Catalogue.Entry e : entries) {
            byCode.put(e.code(), e);
            byKey.put(key.apply(e.title()), e);
            byKey.put(e.code().toLowerCase(Locale.ROOT), e);
            for (String text : spellings(e.title())) {
                candidate(e, text);
            }
        }
        synonymCodes.forEach((phrase, code) -> {
            Catalogue.Entry e = byCode.get(code);
            if (e != null) {
                bySynonym.put(key.apply(phrase), e);
                candidate(e, phrase);
            }
        });
    }

    public static PhraseMatcher lenient(List<Catalogue.Entry> entries, Map<String, String> synonyms) {
        return new PhraseMatcher(false, Phrases::key, entries, synonyms);
    }

    public static PhraseMatcher strict(List<Catalogue.Entry> entries, Map<String, String> synonyms) {
        return new PhraseMatcher(true, Phrases::formKey, entries, synonyms);
    }

    public Optional<Match> match(String phrase) {
        String k = key.apply(phrase);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Catalogue.Entry exact = byKey.getOrDefault(k, byKey.get(k.toLowerCase(Locale.ROOT)));
        if (exact != null) {
            return Optional.of(new Match(List.of(exact), How.EXACT));
        }
        if (bySynonym.containsKey(k)) {
            return Optional.of(new Match(List.of(bySynonym.get(k)), How.SYNONYM));
        }
        List<String> stems = RussianWords.stems(k);
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        return sameWords(stems).or(() -> strict ? Optional.empty() : containedEntries(stems))
                .or(() -> strict ? Optional.empty() : similar(stems));
    }

    private Optional<Match> sameWords(List<String> stems) {
        for (Candidate c : candidates) {
            boolean same = strict ? c.stems().equals(stems) : Set.copyOf(c.stems()).equals(Set.copyOf(stems));
            if (same) {
                return Optional.of(new Match(List.of(c.entry()), How.WORD_FORMS));
            }
        }
        return Optional.empty();
    }

    /** Every entry whose words the phrase holds; an entry inside a longer matched one gives way to it. */
    private Optional<Match> containedEntries(List<String> stems) {
        Set<String> words = new HashSet<>(stems);
        Map<Catalogue.Entry, Set<String>> found = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Set<String> entryWords = Set.copyOf(c.stems());
            if (words.containsAll(entryWords) && words.size() - entryWords.size() <= EXTRA_WORDS) {
                found.merge(c.entry(), entryWords, (a, b) -> a.size() >= b.size() ? a : b);
            }
        }
        List<Catalogue.Entry> kept = found.entrySet().stream()
                .filter(e -> found.values().stream().noneMatch(other -> other != e.getValue()
                        && other.containsAll(e.getValue()) && other.size() > e.getValue().size()))
                .map(Map.Entry::getKey).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Match(kept, How.WORD_FORMS));
    }

    /** Misspelt words only: as many words as the entry has, so a dropped word («ОВЗ») is never forgiven. */
    private Optional<Match> similar(List<String> stems) {
        String stemText = String.join(" ", stems);
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : candidates) {
            if (c.stems().size() != stems.size()) {
                continue;
            }
            double score = Trigrams.similarity(stemText, c.stemText());
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return bestScore >= SIMILAR_ENOUGH ? Optional.of(new Match(List.of(best.entry()), How.SIMILAR)) : Optional.empty();
    }

    private void candidate(Catalogue.Entry entry, String text) {
        List<String> stems = RussianWords.stems(key.apply(text));
        if (!stems.isEmpty()) {
            candidates.add(new Candidate(entry, stems, String.join(" ", stems)));
        }
    }

    /**
     * An entry is also meant by the part of its title before a remark in brackets and by each remark:
     * «традиционное (один на один, долгосрочное)» is meant by «традиционное» and by «долгосрочное».
     */
    private List<String> spellings(String title) {
        List<String> texts = new ArrayList<>(List.of(title));
        int open = title.indexOf('(');
        int close = title.lastIndexOf(')');
        if (!strict && open > 0 && close > open) {
            texts.add(title.substring(0, open));
            for (String part : title.substring(open + 1, close).split(",")) {
                texts.add(part);
            }
        }
        return texts;
    }
}
