package ru.mentoring.portal.directory;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.portal.web.form.Typed;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The directory's search as the user set it, shown back on the form: strength, subject and text in any
 * word forms, a form and a category from lists, «только со свободными местами». A category the school
 * service would not know (a hand-edited address) is ignored.
 */
record DirectoryFilter(@Nullable String strength, @Nullable String form, @Nullable String subject,
                       @Nullable String kind, boolean onlyFree, @Nullable String q) {

    static DirectoryFilter of(@Nullable String strength, @Nullable String form, @Nullable String subject,
                              @Nullable String kind, @Nullable String onlyFree, @Nullable String q) {
        String k = Typed.text(kind);
        return new DirectoryFilter(Typed.text(strength), Typed.text(form), Typed.text(subject),
                Arrays.stream(MentorKind.values()).anyMatch(v -> v.name().equals(k)) ? k : null,
                onlyFree != null && !onlyFree.isBlank(), Typed.text(q));
    }

    /** Public, like every method a template calls. */
    public boolean isEmpty() {
        return Stream.of(strength, form, subject, kind, q).allMatch(v -> v == null) && !onlyFree;
    }
}
