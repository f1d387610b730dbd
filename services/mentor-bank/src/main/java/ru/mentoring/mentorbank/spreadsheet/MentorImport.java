package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import ru.mentoring.mentorbank.catalogue.PhraseMatcher;
import ru.mentoring.mentorbank.catalogue.Phrases;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.school.SchoolNames;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a school's workbook. Every row that names a mentor goes in; what is wrong with a cell is a
 * warning naming it, the value left out. A mentor the bank or the file already has (the bank's own
 * number, e-mail, or name and birth date) is not imported twice, so the bank's own export imports as
 * nothing new. A preview ({@code dryRun}) writes nothing; a confirmed import writes every row in one
 * transaction, or none.
 */
@Singleton
class MentorImport {

    private final MentorService mentors;
    private final Catalogue catalogue;
    private final Schools schools;
    private final Validator validator;
    private final Transactions transactions;
    private final Clock clock;

    MentorImport(MentorService mentors, Catalogue catalogue, Schools schools, Validator validator,
                 Transactions transactions, Clock clock) {
        this.mentors = mentors;
        this.catalogue = catalogue;
        this.schools = schools;
        this.validator = validator;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param defaultSchool the school whose base this is: for rows that name none (or none the bank knows) */
    Result importFrom(InputStream xlsx, boolean dryRun, @Nullable String defaultSchool) {
        if (defaultSchool != null && !schools.exists(defaultSchool)) {
            throw new BusinessRuleException("Школа с кодом «" + defaultSchool + "» не зарегистрирована");
        }
        List<SheetRow> rows = MentorSheetReader.read(xlsx);
        MentorRowParser parser = new MentorRowParser(vocabulary(), LocalDate.now(clock));
        Duplicates duplicates = new Duplicates(mentors.all());
        List<Planned> plan = new ArrayList<>();
        int empty = 0;
        for (SheetRow row : rows) {
            if (row.isEmpty()) {
                empty++;
                continue;
            }
            plan.add(plan(withDefaultSchool(parser.parse(row), defaultSchool), duplicates));
        }
        Map<Planned, UUID> written = dryRun ? Map.of() : write(plan);
        return result(plan, written, empty, dryRun);
    }

    private Planned plan(ParsedRow parsed, Duplicates duplicates) {
        if (parsed.isRefused()) {
            return new Planned(parsed, Status.REFUSED, parsed.refusal(), List.of());
        }
        MentorProfileCommand command = parsed.command();
        List<String> invalid = validator.validate(command).stream().map(ConstraintViolation::getMessage).toList();
        if (!invalid.isEmpty()) {
            return new Planned(parsed, Status.REFUSED, String.join("; ", invalid), List.of());
        }
        List<RowWarning> warnings = new ArrayList<>(parsed.warnings());
        UUID bankId = bankId(parsed.row(), warnings);
        Optional<String> duplicate = duplicates.of(command, bankId);
        if (duplicate.isPresent()) {
            return new Planned(parsed, Status.DUPLICATE, duplicate.get(), warnings);
        }
        duplicates.sameNameInSchool(command).ifPresent(where -> warnings.add(RowWarning.of(parsed.row(), Column.FULL_NAME,
                "в этой школе уже есть наставник с таким ФИО (" + where + "): проверьте, не один ли это человек")));
        String where = "в файле: " + (parsed.row().sheet().isEmpty() ? "" : "лист «" + parsed.row().sheet() + "», ")
                + "строка " + parsed.row().number();
        duplicates.remember(command.fullName(), command.birthDate(), command.email(), command.homeSchoolId(), where);
        return new Planned(parsed, Status.IMPORT, null, warnings);
    }

    /** All rows in one transaction: a row the bank refuses after all rolls every row back, and says which. */
    private Map<Planned, UUID> write(List<Planned> plan) {
        return transactions.write(() -> {
            Map<Planned, UUID> written = new java.util.IdentityHashMap<>();
            for (Planned p : plan) {
                if (p.status() != Status.IMPORT) {
                    continue;
                }
                try {
                    Mentor mentor = mentors.register(p.parsed().command());
                    written.put(p, mentor.id());
                } catch (HttpStatusException e) {
                    throw new BusinessRuleException("Строка " + p.parsed().row().number() + " («" + p.parsed().fullName()
                            + "»): " + e.getMessage() + ". Ничего не загружено: исправьте строку и загрузите файл снова");
                }
            }
            return written;
        });
    }

    private static UUID bankId(SheetRow row, List<RowWarning> warnings) {
        Optional<String> written = row.get(Column.BANK_ID);
        if (written.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(written.get().strip());
        } catch (IllegalArgumentException e) {
            warnings.add(RowWarning.of(row, Column.BANK_ID, "«" + written.get().strip()
                    + "» — не номер банка наставников: не учтён"));
            return null;
        }
    }

    private static ParsedRow withDefaultSchool(ParsedRow parsed, @Nullable String school) {
        MentorProfileCommand c = parsed.command();
        if (c == null || school == null || c.homeSchoolId() != null) {
            return parsed;
        }
        var command = new MentorProfileCommand(c.fullName(), c.kind(), c.capacity(), school, c.organisation(),
                c.position(), c.email(), c.phone(), c.birthDate(), c.subjects(), c.strengths(), c.forms(),
                c.qualificationCategory(), c.experienceYears(), c.timeAvailable(), c.interests(), c.preferredMenteeAge(),
                c.achievements(), c.trainingCompleted(), c.associationMember(), c.visibility(), c.ownStrengths(),
                c.formats());
        return new ParsedRow(parsed.row(), parsed.fullName(), command, null, parsed.warnings(), parsed.strengths(),
                parsed.ownStrengths());
    }

    private Vocabulary vocabulary() {
        Map<String, String> schoolKeys = SchoolNames.index(schools.all());
        return new Vocabulary() {
            @Override
            public Optional<PhraseMatcher.Match> competency(String phrase) {
                return catalogue.matchCompetency(phrase);
            }

            @Override
            public Optional<String> form(String phrase) {
                return catalogue.matchForm(phrase).map(m -> m.first().code());
            }

            @Override
            public Optional<String> format(String phrase) {
                return catalogue.matchFormat(phrase).map(m -> m.first().code());
            }

            @Override
            public Optional<String> school(String written) {
                return SchoolNames.find(schoolKeys, written);
            }
        };
    }

    private static Result result(List<Planned> plan, Map<Planned, UUID> written, int empty, boolean dryRun) {
        List<Rejected> rejected = new ArrayList<>();
        List<RowReport> reports = new ArrayList<>();
        Map<String, OwnPhrase> own = new LinkedHashMap<>();
        int imported = 0;
        int warnings = 0;
        for (Planned p : plan) {
            SheetRow row = p.parsed().row();
            if (p.status() == Status.IMPORT) {
                imported++;
                for (String phrase : p.parsed().ownStrengths()) {
                    own.computeIfAbsent(Phrases.key(phrase), k -> new OwnPhrase(phrase, new ArrayList<>())).rows().add(row.number());
                }
            } else {
                rejected.add(new Rejected(row.number(), p.parsed().fullName(), p.reason(), row.sheet()));
            }
            warnings += p.warnings().size();
            reports.add(new RowReport(row.sheet(), row.number(), p.parsed().fullName(), p.status(), written.get(p),
                    p.reason(), p.warnings(), p.status() == Status.IMPORT ? p.parsed().strengths() : List.of(),
                    p.status() == Status.IMPORT ? p.parsed().ownStrengths() : List.of()));
        }
        return new Result(imported, rejected, empty, dryRun, warnings, reports, List.copyOf(own.values()));
    }

    enum Status {
        /** imported, or to be imported when the preview is confirmed */
        IMPORT,
        /** the bank or the file already has this mentor: left as it is */
        DUPLICATE,
        /** names no mentor */
        REFUSED
    }

    private record Planned(ParsedRow parsed, Status status, @Nullable String reason, List<RowWarning> warnings) {
    }

    /**
     * {@code imported}: rows imported (or, in a preview, to be imported); {@code rejected}: rows not
     * imported with the reason (duplicates and rows naming no mentor); {@code rows}: every non-empty row
     * with its cell warnings and what its competency phrases were taken for; {@code ownStrengths}: the
     * phrases no competency matched, with the rows that carry them.
     */
    @Serdeable
    record Result(int imported, List<Rejected> rejected, int skippedEmptyRows, boolean dryRun, int warnings,
                  List<RowReport> rows, List<OwnPhrase> ownStrengths) {
    }

    @Serdeable
    record Rejected(int row, @Nullable String fullName, String reason, String sheet) {
    }

    @Serdeable
    record RowReport(String sheet, int row, @Nullable String fullName, Status status, @Nullable UUID mentorId,
                     @Nullable String reason, List<RowWarning> warnings, List<ParsedRow.StrengthMatch> strengths,
                     List<String> ownStrengths) {
    }

    @Serdeable
    record OwnPhrase(String phrase, List<Integer> rows) {
    }
}
