package ru.mentoring.school.menteesheet;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.MenteeStatus;
import ru.mentoring.school.mentee.RequestCategories;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.school.programme.ProgrammeService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mentee base in the target model's columns (DOMAIN §4.1), each mentee with their latest pair.
 * The restricted categories are never written: a file leaves the school more easily than a page.
 */
@Singleton
class MenteeExport {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<SheetColumn> COLUMNS = List.of(SheetColumn.values());

    private final MenteeService mentees;
    private final PairViews pairs;
    private final RequestCategories categories;
    private final ProgrammeService programmes;

    MenteeExport(MenteeService mentees, PairViews pairs, RequestCategories categories, ProgrammeService programmes) {
        this.mentees = mentees;
        this.pairs = pairs;
        this.categories = categories;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    byte[] workbook(String schoolId) {
        Map<UUID, PairView> latest = new HashMap<>();
        for (PairView pair : pairs.allOf(schoolId)) {
            if (pair.status() == PairStatus.REFUSED) {
                continue;
            }
            for (PairView.Member member : pair.mentees()) {
                latest.merge(member.id(), pair, (a, b) -> a.startsOn().isAfter(b.startsOn()) ? a : b);
            }
        }
        String programme = programmes.current(schoolId).map(p -> p.title()).orElse("");
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("База наставляемых");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row headers = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                headers.createCell(c).setCellValue(COLUMNS.get(c).header());
                headers.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Mentee m : mentees.all(schoolId).stream().filter(m -> m.status() != MenteeStatus.ARCHIVED)
                    .sorted(Comparator.comparing(Mentee::fullName)).toList()) {
                Row row = sheet.createRow(r);
                PairView pair = latest.get(m.id());
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = value(COLUMNS.get(c), r, m, pair, schoolId, programme);
                    if (value != null) {
                        row.createCell(c).setCellValue(value);
                    }
                }
                r++;
            }
            sheet.setColumnWidth(1, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String value(SheetColumn column, int number, Mentee m, PairView pair, String schoolId, String programme) {
        return switch (column) {
            case NUMBER -> Integer.toString(number);
            case FULL_NAME -> m.fullName();
            case KIND -> m.kind().title();
            case CONTACT -> m.contact();
            case AGE_OR_GRADE -> m.grade();
            case BIRTH_DATE -> m.birthDate() == null ? null : RU_DATE.format(m.birthDate());
            case REQUEST -> m.request();
            case REQUEST_CATEGORY -> m.requestCategory() == null ? null : categories.title(schoolId, m.requestCategory());
            case WORKPLACE -> m.organisation();
            case POSITION -> m.position();
            case SUBJECT -> m.subject();
            case EXPERIENCE -> m.experienceYears() == null ? null : m.experienceYears().toString();
            case GUARDIAN -> m.guardianName();
            case GUARDIAN_CONTACT -> m.guardianContact();
            case ENTERED -> m.enteredAt() == null ? null : RU_DATE.format(m.enteredAt());
            case AVAILABLE_TIME -> m.availableTime();
            case MENTOR -> pair == null ? null : pair.mentorName();
            case MENTOR_WORKPLACE -> pair == null || pair.mentorSchoolId() == null ? null : "Школа № " + pair.mentorSchoolId();
            case FORM -> pair == null ? null : pair.formTitle();
            case PROGRAMME -> pair == null ? null : programme;
            case COMPLETED -> pair == null ? null : RU_DATE.format(pair.endsOn());
            case RESULTS, CASE_LINK, MEDIA_LINK -> null;
        };
    }
}
