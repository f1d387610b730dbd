package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.form.Typed;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The «Банк наставников» filters as the methodist set them, shown back on the form; {@code onlyFree}
 * is the checkbox «только со свободными местами». Empty filters are left out of the search.
 */
record BankFilter(@Nullable String strength, @Nullable String form, @Nullable String subject, @Nullable String kind,
                  @Nullable String school, @Nullable String visibility, boolean onlyFree, @Nullable String q,
                  @Nullable String format, @Nullable String status) {

    static final BankFilter NONE = new BankFilter(null, null, null, null, null, null, false, null, null, null);
    private static final List<String> STATUSES = List.of("ACTIVE", "PAUSED", "LEFT");

    /**
     * From the address as typed. A category or visibility the bank does not know (an old bookmark, a
     * hand-edited address) is ignored rather than sent on for the bank to refuse.
     */
    static BankFilter of(@Nullable String strength, @Nullable String form, @Nullable String subject,
                         @Nullable String kind, @Nullable String school, @Nullable String visibility,
                         @Nullable String onlyFree, @Nullable String q) {
        return of(strength, form, subject, kind, school, visibility, onlyFree, q, null, null);
    }

    static BankFilter of(@Nullable String strength, @Nullable String form, @Nullable String subject,
                         @Nullable String kind, @Nullable String school, @Nullable String visibility,
                         @Nullable String onlyFree, @Nullable String q, @Nullable String format,
                         @Nullable String status) {
        String knownStatus = Typed.text(status) != null && STATUSES.contains(Typed.text(status)) ? Typed.text(status) : null;
        return new BankFilter(Typed.text(strength), Typed.text(form), Typed.text(subject),
                known(kind, MentorKind.values()), Typed.text(school), known(visibility, MentorVisibility.values()),
                onlyFree != null && !onlyFree.isBlank(), Typed.text(q), Typed.text(format), knownStatus);
    }

    List<Mentors.Mentor> search(MentorBankClient bank) {
        return bank.search(strength, form, subject, kind, school, visibility, onlyFree ? 1 : null, q, format, status)
                .list();
    }

    /** Public, like every method a template calls. */
    public boolean isEmpty() {
        return Stream.of(strength, form, subject, kind, school, visibility, q, format, status).allMatch(v -> v == null)
                && !onlyFree;
    }

    @Nullable
    private static String known(@Nullable String code, Enum<?>[] values) {
        String text = Typed.text(code);
        return Arrays.stream(values).anyMatch(v -> v.name().equals(text)) ? text : null;
    }
}
