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
    public record Shortlist(String fullName, @Nullable String closed, @Nullable List<Offer> offers) {

        public List<Offer> offerList() {
            return offers == null ? List.of() : offers;
        }
    }

    /** A mentor of the shortlist with the score explained, and the forms the two can work in. */
    @Serdeable
    public record Offer(Matching.Candidate candidate, @Nullable List<Form> forms) {

        public List<Form> formList() {
            return forms == null ? List.of() : forms;
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
