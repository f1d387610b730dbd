package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The mentee's own mutual choice, as the school service answers it: the explained shortlist and the pick. */
public final class MyChoice {

    private MyChoice() {
    }

    /** {@code closed}: why the mentee cannot choose now (a pair running or waiting, no consent), else null. */
    @Serdeable
    public record Shortlist(String fullName, @Nullable String closed, @Nullable List<Form> forms,
                            @Nullable List<Matching.Candidate> candidates) {

        public List<Form> formList() {
            return forms == null ? List.of() : forms;
        }

        public List<Matching.Candidate> candidateList() {
            return candidates == null ? List.of() : candidates;
        }
    }

    @Serdeable
    public record Form(String code, String title) {
    }

    @Serdeable
    public record Choose(UUID mentorId, String form) {
    }

    @Serdeable
    public record Chosen(UUID pairId, String mentorName, String formTitle) {
    }
}
