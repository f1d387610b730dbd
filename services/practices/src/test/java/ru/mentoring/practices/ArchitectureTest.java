package ru.mentoring.practices;

import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.ArchitectureRules;

import java.util.Map;

/** The rules of ADR 0009, checked on every build; a new table must be given its owning feature here. */
class ArchitectureTest {

    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("practice", "practice"),
            Map.entry("practice_version", "practice"),
            Map.entry("practice_file", "file"),
            Map.entry("review_sheet", "review"),
            Map.entry("practice_consent", "consent"),
            Map.entry("practice_rating", "rating"),
            Map.entry("practice_comment", "comment"),
            Map.entry("bookmark", "bookmark"),
            Map.entry("notification", "notification"),
            Map.entry("practice_use", "usage"),
            Map.entry("search_clock", "search"),
            Map.entry("search_feed", "search"));

    @Test
    void serviceKeepsThePlatformRules() {
        ArchitectureRules.of("practices").check(TABLE_OWNERS);
    }
}
