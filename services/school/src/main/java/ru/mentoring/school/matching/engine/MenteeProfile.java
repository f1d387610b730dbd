package ru.mentoring.school.matching.engine;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.school.mentee.MenteeKind;

import java.util.Set;
import java.util.UUID;

/**
 * What matching knows of a mentee: who they are, their request and when they are free.
 *
 * @param grade           a pupil's class number, 1 to 11
 * @param requestCategory the title of the request's category («Подготовка к ГИА»)
 * @param requestText     the request in the mentee's or curator's words
 * @param acceptableForms codes of the forms the school runs that suit this mentee (TEACHER_TEACHER,
 *                        PUPIL_PUPIL, STUDENT_PUPIL…); only mentors leading one of them are proposed
 * @param availableTime   free text: «вторник, четверг после 15:00»
 */
public record MenteeProfile(
        UUID id,
        MenteeKind kind,
        @Nullable Integer age,
        @Nullable Integer grade,
        @Nullable String subject,
        @Nullable String requestCategory,
        @Nullable String requestText,
        Set<String> acceptableForms,
        @Nullable String availableTime) {

    public MenteeProfile {
        kind = kind == null ? MenteeKind.OTHER : kind;
        acceptableForms = acceptableForms == null ? Set.of() : acceptableForms;
    }
}
