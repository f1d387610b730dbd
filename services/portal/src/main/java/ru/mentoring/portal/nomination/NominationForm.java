package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.mentor.MentorKind;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curator's «Выдвинуть наставника» form as typed: a mentor already in the school's directory,
 * or, with {@code mentorId} empty, a new person described by the fields below it.
 */
@Introspected
@Serdeable
record NominationForm(@Nullable String mentorId, @Nullable String fullName, @Nullable String kind,
                      @Nullable String capacity, @Nullable String position, @Nullable String email,
                      @Nullable List<String> strengths, @Nullable String target, @Nullable String networkProjectId,
                      @Nullable String motivation) {

    static NominationForm empty() {
        return new NominationForm("", "", "TEACHER", "1", "", "", List.of(), "MUNICIPAL", "", "");
    }

    boolean isNewPerson() {
        return mentorId == null || mentorId.isBlank();
    }

    public boolean hasStrength(String title) {
        return strengths != null && strengths.contains(title);
    }

    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"MUNICIPAL".equals(target) && !"NETWORK".equals(target)) {
            errors.put("target", "Выберите, куда выдвигается наставник");
        }
        if ("NETWORK".equals(target) && blank(networkProjectId)) {
            errors.put("networkProjectId", "Выберите сетевой проект");
        }
        if (isNewPerson()) {
            if (blank(fullName)) {
                errors.put("fullName", "Выберите наставника из списка или укажите ФИО нового");
            }
            if (kind == null || Arrays.stream(MentorKind.values()).noneMatch(k -> k.name().equals(kind))) {
                errors.put("kind", "Выберите категорию наставника");
            }
            if (capacityNumber() == null) {
                errors.put("capacity", "Вместимость — целое число от 1 до 50");
            }
        }
        return errors;
    }

    /** A new person belongs to the curator's own school. */
    Nominations.Nominate toCommand(String schoolId) {
        Nominations.Profile profile = isNewPerson()
                ? new Nominations.Profile(trim(fullName), trim(kind), capacityNumber(), schoolId, trim(position),
                trim(email), strengths == null ? List.of() : strengths.stream().filter(s -> !s.isBlank()).toList())
                : null;
        return new Nominations.Nominate(isNewPerson() ? null : mentorId.strip(), profile, target,
                "NETWORK".equals(target) ? trim(networkProjectId) : null, trim(motivation));
    }

    @Nullable
    private Integer capacityNumber() {
        try {
            return blank(capacity) ? null : Integer.valueOf(capacity.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
