package ru.mentoring.school;

import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.ArchitectureRules;

import java.util.Map;

/** The rules of ADR 0009, checked on every build; a new table must be given its owning feature here. */
class ArchitectureTest {

    static final Map<String, String> TABLE_OWNERS = Map.of(
            "directory_mentor", "directory",
            "mentee", "mentee");

    @Test
    void serviceKeepsThePlatformRules() {
        ArchitectureRules.of("school").check(TABLE_OWNERS);
    }
}
