package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;

import java.util.List;

/**
 * A row as the parser understood it: the profile to register, or why the row cannot become a mentor;
 * the cells it left out and why; and what each competency phrase was taken for.
 */
record ParsedRow(SheetRow row, @Nullable String fullName, @Nullable MentorProfileCommand command,
                 @Nullable String refusal, List<RowWarning> warnings, List<StrengthMatch> strengths,
                 List<String> ownStrengths) {

    static ParsedRow refused(SheetRow row, @Nullable String fullName, String why) {
        return new ParsedRow(row, fullName, null, why, List.of(), List.of(), List.of());
    }

    boolean isRefused() {
        return refusal != null;
    }

    /** A phrase of the competencies cell and the catalogue competencies it was taken for. */
    @Serdeable
    record StrengthMatch(String phrase, List<String> competencies, String how) {
    }
}
