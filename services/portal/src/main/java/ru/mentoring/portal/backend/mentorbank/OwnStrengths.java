package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Schools' phrases no competency matched yet: the methodist maps each once for every mentor who carries it. */
public final class OwnStrengths {

    private OwnStrengths() {
    }

    @Serdeable
    public record Phrase(String phrase, @Nullable List<String> spellings, int mentorCount,
                         @Nullable List<Holder> mentors, @Nullable List<Catalogue.Entry> suggestions) {

        public List<Holder> mentorList() {
            return mentors == null ? List.of() : mentors;
        }

        public List<Catalogue.Entry> suggestionList() {
            return suggestions == null ? List.of() : suggestions;
        }
    }

    @Serdeable
    public record Holder(UUID id, String fullName) {
    }

    @Serdeable
    public record Mapping(String phrase, String competencyCode) {
    }

    @Serdeable
    public record Addition(String phrase, @Nullable String title) {
    }

    @Serdeable
    public record Outcome(String phrase, Catalogue.Entry competency, int mentorsUpdated) {
    }
}
