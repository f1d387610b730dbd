package ru.mentoring.mentorbank.catalogue;

import java.util.HashSet;
import java.util.Set;

/**
 * Trigram similarity as PostgreSQL's pg_trgm defines it: each word padded with two spaces before and
 * one after, cut into three-letter pieces; similarity = shared pieces / all distinct pieces (0..1).
 * It forgives a typo or a changed ending («оценевание», «формирующего») and punishes a different word.
 */
final class Trigrams {

    private Trigrams() {
    }

    static double similarity(String a, String b) {
        Set<String> x = of(a);
        Set<String> y = of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / (x.size() + y.size() - shared.size());
    }

    static Set<String> of(String text) {
        Set<String> grams = new HashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
