package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * «Импорт из Excel» in three steps: the upload form; the preview of what the file would bring (each row
 * with its warnings, duplicates and refusals, and what its competency phrases were taken for), to
 * confirm or cancel; and what was imported.
 */
record ImportPage(Step step, @Nullable Mentors.ImportResult result, String fileName, String school,
                  FormErrors errors, List<Option> schools, List<ImportRowView> rows) implements PageModel {

    enum Step {
        UPLOAD, PREVIEW, DONE
    }

    static ImportPage upload(FormErrors errors, Schools schools, @Nullable String chosen) {
        return new ImportPage(Step.UPLOAD, null, "", "", errors,
                Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label, s -> s.id().equals(chosen)),
                List.of());
    }

    static ImportPage preview(Mentors.ImportResult result, String fileName, String school) {
        return new ImportPage(Step.PREVIEW, result, fileName, school, FormErrors.none(), List.of(), rows(result));
    }

    static ImportPage done(Mentors.ImportResult result, String fileName) {
        return new ImportPage(Step.DONE, result, fileName, "", FormErrors.none(), List.of(), rows(result));
    }

    private static List<ImportRowView> rows(Mentors.ImportResult result) {
        return result.rowList().stream().map(ImportRowView::of).toList();
    }

    public boolean isUpload() {
        return step == Step.UPLOAD;
    }

    public boolean isPreview() {
        return step == Step.PREVIEW;
    }

    public boolean isDone() {
        return step == Step.DONE;
    }

    public int leftOut() {
        return result == null ? 0 : result.rejectedRows().size();
    }

    @Override
    public String view() {
        return "bank-import";
    }

    @Override
    public String title() {
        return "Импорт из Excel";
    }

    /** A row of the file as the preview shows it, in Russian. */
    record ImportRowView(String where, String fullName, String outcome, String outcomeClass, @Nullable String reason,
                         List<String> warnings, List<String> strengths) {

        static ImportRowView of(Mentors.ImportRow row) {
            String where = (row.sheet() == null || row.sheet().isBlank() ? "" : "«" + row.sheet() + "», ")
                    + "строка " + row.row();
            String status = row.status() == null ? "" : row.status();
            String outcome = switch (status) {
                case "IMPORT" -> row.warningList().isEmpty() ? "загружается" : "загружается с предупреждениями";
                case "DUPLICATE" -> "уже есть, не загружается";
                case "REFUSED" -> "не загружается";
                default -> status;
            };
            String css = switch (status) {
                case "IMPORT" -> "accepted";
                case "DUPLICATE" -> "pending";
                default -> "declined";
            };
            List<String> warnings = row.warningList().stream()
                    .map(w -> (w.cell() == null ? "" : w.cell() + " ") + (w.column() == null ? "" : "«" + w.column() + "»: ")
                            + w.message()).toList();
            List<String> strengths = row.strengthList().stream().map(ImportRowView::strength).toList();
            return new ImportRowView(where, row.fullName() == null ? "—" : row.fullName(), outcome, css, row.reason(),
                    warnings, strengths);
        }

        private static String strength(Mentors.StrengthMatch m) {
            List<String> found = m.competencies() == null ? List.of() : m.competencies();
            return found.isEmpty() ? "«" + m.phrase() + "» — " + (m.how() == null ? "своими словами" : m.how())
                    : "«" + m.phrase() + "» → " + String.join(", ", found) + (m.how() == null ? "" : " (" + m.how() + ")");
        }
    }
}
