package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.mentor.MentorKind;

/**
 * A search of the directory. {@code strength}, {@code subject} and {@code q} are text in any word forms;
 * {@code form} and {@code format} catalogue codes; {@code minFreeSeats} counts only mentors taking requests.
 */
record DirectoryFilter(@Nullable String strength, @Nullable String form, @Nullable String format,
                       @Nullable String subject, @Nullable MentorKind kind, @Nullable Integer minFreeSeats,
                       @Nullable String q) {

    static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null, null);

    boolean isEmpty() {
        return strength == null && form == null && format == null && subject == null && kind == null
                && minFreeSeats == null && q == null;
    }
}
