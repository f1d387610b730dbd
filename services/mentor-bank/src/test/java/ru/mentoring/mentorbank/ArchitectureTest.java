package ru.mentoring.mentorbank;

import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.ArchitectureRules;

import java.util.Map;

/** The rules of ADR 0009, checked on every build; a new table must be given its owning feature here. */
class ArchitectureTest {

    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("mentor", "mentor"),
            Map.entry("school", "school"),
            Map.entry("competency", "catalogue"),
            Map.entry("mentoring_form", "catalogue"),
            Map.entry("form_variant", "catalogue"),
            Map.entry("competency_synonym", "catalogue"),
            Map.entry("form_synonym", "catalogue"),
            Map.entry("mentoring_format", "catalogue"),
            Map.entry("municipal_mentor_confirmation", "yearlist"),
            Map.entry("network_project", "network"),
            Map.entry("network_agreement", "network"),
            Map.entry("network_pool", "network"),
            Map.entry("mentor_request", "request"),
            Map.entry("nomination", "nomination"),
            Map.entry("municipal_mentor_year", "yearlist"),
            Map.entry("pair_seat", "assignment"));

    @Test
    void serviceKeepsThePlatformRules() {
        ArchitectureRules.of("mentorbank").check(TABLE_OWNERS);
    }
}
