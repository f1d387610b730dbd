package ru.mentoring.school;

import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.ArchitectureRules;

import java.util.Map;

/** The rules of ADR 0009, checked on every build; a new table must be given its owning feature here. */
class ArchitectureTest {

    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("directory_mentor", "directory"),
            Map.entry("mentee", "mentee"),
            Map.entry("request_category", "mentee"),
            Map.entry("programme", "programme"),
            Map.entry("roadmap_item", "programme"),
            Map.entry("consent", "consent"),
            Map.entry("pair", "pair"),
            Map.entry("pair_member", "pair"),
            Map.entry("matching_weights", "matching"),
            Map.entry("matching_exclusion", "matching"),
            Map.entry("curator_notice", "notice"),
            Map.entry("school_profile", "profile"),
            Map.entry("form_title", "form"),
            Map.entry("mentee_account", "account"),
            Map.entry("plan_template", "plan"),
            Map.entry("plan_template_section", "plan"),
            Map.entry("plan_template_task", "plan"),
            Map.entry("plan", "plan"),
            Map.entry("plan_task", "plan"),
            Map.entry("library_practice", "plan"),
            Map.entry("meeting", "meeting"),
            Map.entry("meeting_file", "meeting"),
            Map.entry("pair_concern", "oversight"),
            Map.entry("oversight_alert", "oversight"),
            Map.entry("curator_address", "oversight"),
            Map.entry("pair_assessment", "completion"),
            Map.entry("pair_completion", "completion"),
            Map.entry("pair_termination", "completion"),
            Map.entry("termination_reason", "completion"),
            Map.entry("practice_proposal", "practiceproposal"));

    @Test
    void serviceKeepsThePlatformRules() {
        ArchitectureRules.of("school").check(TABLE_OWNERS);
    }
}
