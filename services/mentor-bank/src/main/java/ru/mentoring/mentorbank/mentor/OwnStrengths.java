package ru.mentoring.mentorbank.mentor;

import ru.mentoring.mentorbank.catalogue.Phrases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A mentor's own phrases: one of each meaning, as first written («Наставник молодых» and «наставник молодых» are one). */
final class OwnStrengths {

    private OwnStrengths() {
    }

    static List<String> distinct(List<String> phrases) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String phrase : phrases) {
            if (!phrase.isBlank() && seen.add(Phrases.key(phrase))) {
                kept.add(phrase);
            }
        }
        return kept;
    }
}
