package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/** The «Новый наставник» form exactly as typed, so a rejected form comes back with the user's input. */
@Introspected
@Serdeable
record MentorForm(@Nullable String fullName, @Nullable String kind, @Nullable String capacity,
                  @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                  @Nullable String email, @Nullable String strengths) {

    static MentorForm empty() {
        return new MentorForm("", "", "1", "", "", "", "", "");
    }

    /** «проектная деятельность, подготовка к ГИА» → two strengths; empty pieces dropped. */
    List<String> strengthList() {
        if (strengths == null) {
            return List.of();
        }
        return Arrays.stream(strengths.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** null when the field is empty or not a whole number; the caller tells the two apart. */
    @Nullable
    Integer capacityNumber() {
        try {
            return capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    MentorBank.Registration toRegistration() {
        return new MentorBank.Registration(trim(fullName), trim(kind), capacityNumber(), trim(homeSchoolId),
                trim(organisation), trim(position), trim(email), strengthList());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
