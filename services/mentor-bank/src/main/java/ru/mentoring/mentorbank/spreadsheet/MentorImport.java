package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.mentorbank.mentor.MentorService;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a school's sheet row by row: each row is registered in its own transaction, so a bad row
 * is reported with its number and reason and never half-saved, and the good rows go in.
 * A duplicate (same name and birth date, or same e-mail, in the bank or earlier in the file) is refused.
 */
@Singleton
class MentorImport {

    private final MentorService mentors;
    private final Validator validator;

    MentorImport(MentorService mentors, Validator validator) {
        this.mentors = mentors;
        this.validator = validator;
    }

    Result importFrom(InputStream xlsx) {
        List<SheetRow> rows = MentorSheetReader.read(xlsx);
        Duplicates duplicates = new Duplicates(mentors.all());
        List<Rejected> rejected = new ArrayList<>();
        int imported = 0;
        int empty = 0;
        for (SheetRow row : rows) {
            if (row.isEmpty()) {
                empty++;
                continue;
            }
            String name = row.get(Column.FULL_NAME).orElse("");
            MentorRowParser.Parsed parsed = MentorRowParser.parse(row);
            List<String> problems = new ArrayList<>(parsed.problems());
            parsed.command().ifPresent(command -> validator.validate(command).stream()
                    .map(ConstraintViolation::getMessage).forEach(problems::add));
            if (problems.isEmpty()) {
                duplicates.of(parsed.command().orElseThrow()).ifPresent(problems::add);
            }
            if (problems.isEmpty()) {
                try {
                    Mentor mentor = mentors.register(parsed.command().orElseThrow());
                    duplicates.remember(mentor.fullName(), mentor.birthDate(), mentor.email(), "в файле: строка " + row.number());
                    imported++;
                } catch (HttpStatusException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(new Rejected(row.number(), name, String.join("; ", problems)));
            }
        }
        return new Result(imported, rejected, empty);
    }

    @Serdeable
    record Result(int imported, List<Rejected> rejected, int skippedEmptyRows) {
    }

    @Serdeable
    record Rejected(int row, @Nullable String fullName, String reason) {
    }

    /** Where each name-and-birth-date and each e-mail was first seen: in the bank or at a row of the file. */
    private static final class Duplicates {
        private final Map<String, String> seen = new HashMap<>();

        Duplicates(List<Mentor> bank) {
            bank.forEach(m -> remember(m.fullName(), m.birthDate(), m.email(), "в банке: наставник " + m.fullName()));
        }

        void remember(String fullName, @Nullable LocalDate birthDate, @Nullable String email, String where) {
            if (birthDate != null) {
                seen.putIfAbsent(nameKey(fullName, birthDate), where);
            }
            if (email != null) {
                seen.putIfAbsent(email.toLowerCase(Locale.ROOT), where);
            }
        }

        Optional<String> of(MentorProfileCommand c) {
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

        private static String nameKey(String fullName, LocalDate birthDate) {
            return Column.normalise(fullName) + "|" + birthDate;
        }
    }
}
