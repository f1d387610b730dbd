package ru.mentoring.events;

import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.ArchitectureRules;

import java.util.Map;

/** The rules of ADR 0009, checked on every build; a new table must be given its owning feature here. */
class ArchitectureTest {

    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("event", "event"),
            Map.entry("application_field", "event"),
            Map.entry("school_places", "event"),
            Map.entry("event_series", "series"),
            Map.entry("series_history", "series"),
            Map.entry("registration", "registration"),
            Map.entry("notice", "notice"),
            Map.entry("mentor_card", "mentorbase"),
            Map.entry("competition", "competition"),
            Map.entry("competition_stage", "competition"),
            Map.entry("competition_criterion", "competition"),
            Map.entry("competition_expert", "competition"),
            Map.entry("competition_entry", "competition"),
            Map.entry("entry_assignment", "competition"),
            Map.entry("entry_score", "competition"));

    @Test
    void serviceKeepsThePlatformRules() {
        ArchitectureRules.of("events").check(TABLE_OWNERS);
    }
}
