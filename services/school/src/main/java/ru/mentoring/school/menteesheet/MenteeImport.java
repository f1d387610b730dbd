package ru.mentoring.school.menteesheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.RequestCategories;
import ru.mentoring.school.mentee.RequestCategory;
import ru.mentoring.school.mentee.SaveMenteeCommand;
import ru.mentoring.support.tx.Transactions;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A school's mentee base from its own sheet. A preview ({@code dryRun}) first says what each row would
 * become; the import itself writes every importable row in one transaction, so it happens whole or not
 * at all. Duplicates (same person, same class or position, in the base or earlier in the file) are
 * refused, so importing the school's own export again changes nothing.
 */
@Singleton
class MenteeImport {

    private final MenteeService mentees;
    private final RequestCategories categories;
    private final Transactions tx;

    MenteeImport(MenteeService mentees, RequestCategories categories, Transactions tx) {
        this.mentees = mentees;
        this.categories = categories;
        this.tx = tx;
    }

    Result importFrom(String schoolId, InputStream xlsx, boolean dryRun) {
        List<SheetRow> rows = MenteeSheetReader.read(xlsx);
        LocalDate today = mentees.today().date();
        return tx.write(() -> {
            Map<String, String> seen = new HashMap<>();
            mentees.all(schoolId).forEach(m -> seen.put(key(m.fullName(), m.grade(), m.position()), "уже в базе"));
            List<RowResult> results = new ArrayList<>();
            int imported = 0;
            for (SheetRow row : rows) {
                if (row.isEmpty()) {
                    continue;
                }
                var parsed = MenteeRowParser.parse(row, today, text -> categories.find(schoolId, text)
                        .filter(RequestCategory::active).map(c -> c.key().code()));
                List<Warning> warnings = parsed.warnings().stream().map(w -> new Warning(w.column(), w.message())).toList();
                String name = row.get(SheetColumn.FULL_NAME).orElse(null);
                if (parsed.refusal() != null) {
                    results.add(new RowResult(row.sheet(), row.number(), name, Status.REFUSED, warnings, parsed.refusal()));
                    continue;
                }
                SaveMenteeCommand command = parsed.command().orElseThrow();
                String key = key(command.fullName(), command.grade(), command.position());
                if (seen.containsKey(key)) {
                    results.add(new RowResult(row.sheet(), row.number(), name, Status.REFUSED, warnings,
                            "дубликат: такой наставляемый " + seen.get(key)));
                    continue;
                }
                seen.put(key, "уже есть в файле (строка " + row.number() + ")");
                if (!dryRun) {
                    mentees.register(schoolId, command);
                }
                imported++;
                results.add(new RowResult(row.sheet(), row.number(), name, dryRun ? Status.WOULD_IMPORT : Status.IMPORTED,
                        warnings, null));
            }
            return new Result(dryRun, imported, results);
        });
    }

    private static String key(String fullName, @Nullable String grade, @Nullable String position) {
        String who = fullName.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        String where = grade != null ? grade : position != null ? position : "";
        return who + "|" + where.strip().toLowerCase(Locale.ROOT);
    }

    enum Status {
        IMPORTED,
        WOULD_IMPORT,
        REFUSED
    }

    @Serdeable
    record Result(boolean dryRun, int imported, List<RowResult> rows) {
    }

    @Serdeable
    record RowResult(String sheet, int row, @Nullable String fullName, Status status, List<Warning> warnings,
                     @Nullable String refusal) {
    }

    @Serdeable
    record Warning(String column, String message) {
    }

}
