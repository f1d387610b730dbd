package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.mentorbank.catalogue.Phrases;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each mentor was first seen, in the bank or at a row of the file: by the bank's own number (an
 * exported file), by e-mail, and by name with birth date — a duplicate is not imported again. The same
 * name in the same school without either is only a warning: two teachers may share a name.
 */
final class Duplicates {

    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, String> namesInSchools = new HashMap<>();

    Duplicates(List<Mentor> bank) {
        bank.forEach(m -> {
            String where = "в банке: " + m.fullName();
            seen.putIfAbsent("id|" + m.id(), where);
            remember(m.fullName(), m.birthDate(), m.email(), m.homeSchoolId(), where);
        });
    }

    void remember(String fullName, @Nullable LocalDate birthDate, @Nullable String email, @Nullable String school,
                  String where) {
        if (birthDate != null) {
            seen.putIfAbsent(nameKey(fullName, birthDate), where);
        }
        if (email != null && !email.isBlank()) {
            seen.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), where);
        }
        if (school != null) {
            namesInSchools.putIfAbsent(schoolKey(fullName, school), where);
        }
    }

    /** Why the row is a mentor the bank or the file already has, if it is one. */
    Optional<String> of(MentorProfileCommand c, @Nullable UUID bankId) {
        if (bankId != null && seen.containsKey("id|" + bankId)) {
            return Optional.of("Уже в банке: выгружен из него (" + seen.get("id|" + bankId) + ")");
        }
        if (c.birthDate() != null && seen.containsKey(nameKey(c.fullName(), c.birthDate()))) {
            return Optional.of("Дубликат: наставник с таким ФИО и датой рождения уже есть ("
                    + seen.get(nameKey(c.fullName(), c.birthDate())) + ")");
        }
        if (c.email() != null && !c.email().isBlank() && seen.containsKey(c.email().strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Дубликат: e-mail " + c.email().strip() + " уже есть ("
                    + seen.get(c.email().strip().toLowerCase(Locale.ROOT)) + ")");
        }
        return Optional.empty();
    }

    /** Where a mentor of the same name in the same school was seen, if one was. */
    Optional<String> sameNameInSchool(MentorProfileCommand c) {
        return c.homeSchoolId() == null ? Optional.empty()
                : Optional.ofNullable(namesInSchools.get(schoolKey(c.fullName(), c.homeSchoolId())));
    }

    private static String nameKey(String fullName, LocalDate birthDate) {
        return Phrases.key(fullName) + "|" + birthDate;
    }

    private static String schoolKey(String fullName, String school) {
        return Phrases.key(fullName) + "|school|" + school;
    }
}
