package ru.mentoring.school.matching.engine;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What matching knows of a mentor.
 *
 * @param strengths          competency titles or the mentor's own words («подготовка к ГИА»)
 * @param forms              codes of the forms the mentor leads
 * @param preferredMenteeAge free text: «5–7 классы», «молодые педагоги», «14–17 лет»
 * @param timeAvailable      free text: «по будням после 15:00»
 * @param freeSeats          mentees the mentor can still take; a mentor without a free seat is never proposed
 * @param ownSchool          the mentor works in the school that matches
 */
public record MentorProfile(
        UUID id,
        String fullName,
        List<String> strengths,
        Set<String> forms,
        List<String> subjects,
        @Nullable String preferredMenteeAge,
        @Nullable String timeAvailable,
        int freeSeats,
        boolean ownSchool) {

    public MentorProfile {
        strengths = strengths == null ? List.of() : strengths;
        forms = forms == null ? Set.of() : forms;
        subjects = subjects == null ? List.of() : subjects;
    }
}
