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
import ru.mentoring.mentorbank.school.School;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole bank as one sheet, under the Russian headers the importer reads: schools by name, forms and
 * formats by title, a mentor's own phrases beside their competencies. The last column is the mentor's
 * number in the bank, so importing the file again changes nothing.
 */
@Singleton
class MentorExport {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final Map<MentorKind, String> KINDS = Map.of(MentorKind.TEACHER, "педагог",
            MentorKind.PUPIL, "обучающийся", MentorKind.PARENT, "родитель", MentorKind.UNIVERSITY_STUDENT, "студент",
            MentorKind.EMPLOYER, "работодатель", MentorKind.GRADUATE, "выпускник");
    private static final Map<MentorVisibility, String> VISIBILITIES = Map.of(MentorVisibility.SCHOOL, "школа",
            MentorVisibility.NETWORK, "сетевой", MentorVisibility.MUNICIPAL, "муниципальный");
    /** Not a column the importer reads: the status is changed by the methodist, not by a sheet. */
    private static final String STATUS = "Статус в банке";

    private record ExportColumn(String header, Function<Mentor, Object> value) {
    }

    private final MentorService mentors;
    private final Catalogue catalogue;
    private final Schools schools;

    MentorExport(MentorService mentors, Catalogue catalogue, Schools schools) {
        this.mentors = mentors;
        this.catalogue = catalogue;
        this.schools = schools;
    }

    private List<ExportColumn> columns() {
        Map<String, String> schoolNames = schools.all().stream().collect(Collectors.toMap(School::id, School::displayName));
        Map<String, String> forms = titles(catalogue.allForms());
        Map<String, String> formats = titles(catalogue.allFormats());
        return List.of(
                new ExportColumn(Column.FULL_NAME.header(), Mentor::fullName),
                new ExportColumn(Column.KIND.header(), m -> KINDS.get(m.kind())),
                new ExportColumn(Column.SCHOOL.header(), m -> m.homeSchoolId() == null ? null
                        : schoolNames.getOrDefault(m.homeSchoolId(), m.homeSchoolId())),
                new ExportColumn(Column.ORGANISATION.header(), Mentor::organisation),
                new ExportColumn(Column.POSITION.header(), Mentor::position),
                new ExportColumn(Column.EMAIL.header(), Mentor::email),
                new ExportColumn(Column.PHONE.header(), Mentor::phone),
                new ExportColumn(Column.BIRTH_DATE.header(), m -> m.birthDate() == null ? null : RU_DATE.format(m.birthDate())),
                new ExportColumn(Column.SUBJECTS.header(), m -> String.join("; ", m.subjects())),
                new ExportColumn(Column.STRENGTHS.header(), m -> String.join("; ", concat(m.strengths(), m.ownStrengths()))),
                new ExportColumn(Column.FORMS.header(), m -> joined(m.forms(), forms)),
                new ExportColumn(Column.FORMATS.header(), m -> joined(m.formats(), formats)),
                new ExportColumn(Column.QUALIFICATION.header(), Mentor::qualificationCategory),
                new ExportColumn(Column.EXPERIENCE.header(), Mentor::experienceYears),
                new ExportColumn(Column.TIME.header(), Mentor::timeAvailable),
                new ExportColumn(Column.INTERESTS.header(), Mentor::interests),
                new ExportColumn(Column.PREFERRED_AGE.header(), Mentor::preferredMenteeAge),
                new ExportColumn(Column.ACHIEVEMENTS.header(), Mentor::achievements),
                new ExportColumn(Column.TRAINING.header(), Mentor::trainingCompleted),
                new ExportColumn(Column.ASSOCIATION.header(), m -> m.associationMember() ? "да" : "нет"),
                new ExportColumn(Column.CAPACITY.header(), Mentor::capacity),
                new ExportColumn(Column.VISIBILITY.header(), m -> VISIBILITIES.get(m.visibility())),
                new ExportColumn(STATUS, m -> m.status().russian()),
                new ExportColumn(Column.BANK_ID.header(), m -> m.id().toString()));
    }

    byte[] workbook() {
        List<ExportColumn> columns = columns();
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("База наставников");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row headers = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                var cell = headers.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Mentor mentor : mentors.all()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(mentor);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(columns.size() - 1, 38 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> titles(List<Catalogue.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Catalogue.Entry::code, Catalogue.Entry::title));
    }

    private static String joined(List<String> codes, Map<String, String> titles) {
        return String.join("; ", codes.stream().map(c -> titles.getOrDefault(c, c)).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
