package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Импорт базы наставляемых»: the upload; then the preview of every row (warnings per column, refusals)
 * with the button that writes it; then what was written.
 */
record MenteeImportPage(boolean preview, boolean done, @Nullable String fileName, int accepted, int refused,
                        List<Line> lines, FormErrors errors) implements PageModel {

    static MenteeImportPage upload(FormErrors errors) {
        return new MenteeImportPage(false, false, null, 0, 0, List.of(), errors);
    }

    static MenteeImportPage of(Mentees.ImportResult result, String fileName) {
        List<Line> lines = result.rowList().stream().map(r -> Line.of(r, result.dryRun())).toList();
        int refused = (int) result.rowList().stream().filter(r -> "REFUSED".equals(r.status())).count();
        int accepted = result.dryRun()
                ? (int) result.rowList().stream().filter(r -> "WOULD_IMPORT".equals(r.status())).count()
                : result.imported();
        return new MenteeImportPage(result.dryRun(), !result.dryRun(), fileName, accepted, refused, lines,
                FormErrors.none());
    }

    @Override
    public String view() {
        return "mentee-import";
    }

    @Override
    public String title() {
        return "Импорт базы наставляемых";
    }

    /** A row of the sheet: what becomes of it, and each cell the service had to say something about. */
    record Line(int row, String fullName, String outcome, String outcomeClass, List<String> warnings,
                String refusal) {

        static Line of(Mentees.ImportRow r, boolean preview) {
            String status = r.status() == null ? "" : r.status();
            String outcome = switch (status) {
                case "WOULD_IMPORT" -> "будет загружена";
                case "IMPORTED" -> "загружена";
                case "REFUSED" -> preview ? "не будет загружена" : "не загружена";
                case "SKIPPED" -> "пропущена";
                default -> "—";
            };
            List<String> warnings = r.warningList().stream()
                    .map(w -> (w.column() == null || w.column().isBlank() ? "" : "«" + w.column() + "»: ")
                            + (w.message() == null ? "" : w.message()))
                    .toList();
            return new Line(r.row(), r.fullName() == null || r.fullName().isBlank() ? "—" : r.fullName(), outcome,
                    "REFUSED".equals(status) ? "declined" : "SKIPPED".equals(status) ? "" : "accepted", warnings,
                    r.refusal() == null ? "" : r.refusal());
        }
    }
}
