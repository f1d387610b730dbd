package ru.mentoring.practices.search;

import java.util.Locale;

/** Folds what Russian readers treat as the same letter: case, and «ё» written as «е». */
final class Normalizer {

    private Normalizer() {
    }

    static String fold(String word) {
        return word.toLowerCase(Locale.of("ru")).replace('ё', 'е');
    }
}
