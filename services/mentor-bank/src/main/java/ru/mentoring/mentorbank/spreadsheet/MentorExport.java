package ru.mentoring.mentorbank.spreadsheet;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole bank as one sheet, under the same Russian headers the importer reads. */
@Singleton
class MentorExport {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<MentorKind, String> KINDS = Map.of(MentorKind.TEACHER, "педагог",
            MentorKind.PUPIL, "обучающийся", MentorKind.PARENT, "родитель", MentorKind.UNIVERSITY_STUDENT, "студент",
            MentorKind.EMPLOYER, "работодатель", MentorKind.GRADUATE, "выпускник");
    private static final Map<MentorVisibility, String> VISIBILITIES = Map.of(MentorVisibility.SCHOOL, "школа",
            MentorVisibility.NETWORK, "сетевой", MentorVisibility.MUNICIPAL, "муниципальный");

    private static final List<Map.Entry<Column, Function<Mentor, Object>>> COLUMNS = List.of(
            Map.entry(Column.FULL_NAME, Mentor::fullName),
            Map.entry(Column.KIND, m -> KINDS.get(m.kind())),
            Map.entry(Column.SCHOOL, Mentor::homeSchoolId),
            Map.entry(Column.ORGANISATION, Mentor::organisation),
            Map.entry(Column.POSITION, Mentor::position),
            Map.entry(Column.EMAIL, Mentor::email),
            Map.entry(Column.PHONE, Mentor::phone),
            Map.entry(Column.BIRTH_DATE, m -> m.birthDate() == null ? null : RU_DATE.format(m.birthDate())),
            Map.entry(Column.SUBJECTS, m -> String.join("; ", m.subjects())),
            Map.entry(Column.STRENGTHS, m -> String.join("; ", m.strengths())),
            Map.entry(Column.FORMS, m -> String.join("; ", m.forms())), // written as titles, see workbook()
            Map.entry(Column.QUALIFICATION, Mentor::qualificationCategory),
            Map.entry(Column.EXPERIENCE, Mentor::experienceYears),
            Map.entry(Column.TIME, Mentor::timeAvailable),
            Map.entry(Column.INTERESTS, Mentor::interests),
            Map.entry(Column.PREFERRED_AGE, Mentor::preferredMenteeAge),
            Map.entry(Column.ACHIEVEMENTS, Mentor::achievements),
            Map.entry(Column.TRAINING, Mentor::trainingCompleted),
            Map.entry(Column.ASSOCIATION, m -> m.associationMember() ? "да" : "нет"),
            Map.entry(Column.CAPACITY, Mentor::capacity),
            Map.entry(Column.VISIBILITY, m -> VISIBILITIES.get(m.visibility())));

    private final MentorService mentors;
    private final Catalogue catalogue;

    MentorExport(MentorService mentors, Catalogue catalogue) {
        this.mentors = mentors;
        this.catalogue = catalogue;
    }

    byte[] workbook() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("База наставников");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row headers = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = headers.createCell(c);
                cell.setCellValue(COLUMNS.get(c).getKey().header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            // the profile keeps form codes (TEACHER_TEACHER); the methodist reads «учитель – учитель»
            Map<String, String> formTitles = catalogue.forms().stream()
                    .collect(Collectors.toMap(Catalogue.Entry::code, Catalogue.Entry::title));
            int r = 1;
            for (Mentor mentor : mentors.all()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).getKey() == Column.FORMS
                            ? String.join("; ", mentor.forms().stream().map(f -> formTitles.getOrDefault(f, f)).toList())
                            : COLUMNS.get(c).getValue().apply(mentor);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.setColumnWidth(0, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
