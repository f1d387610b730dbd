package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * The whole width of a school's sheet through the real API: every column lands in the profile, a bad
 * cell is a warning that leaves its value out while the row goes in, and an export reads back in,
 * where every mentor it holds is recognised as already in the bank, so nothing changes.
 */
@MicronautTest(transactional = false)
class MentorSpreadsheetRoundTripIT {

    private static final List<String> ALL_COLUMNS = List.of("№ п/п", "ФИО", "Тип наставника", "Код школы", "Организация",
            "Должность", "E-mail", "Телефон", "Дата рождения", "Предметы", "Сильные стороны", "Формы наставничества",
            "Квалификационная категория", "Стаж", "Время и ресурс", "Интересы наставника", "Желаемый возраст наставляемых",
            "Достижения", "Обучение", "Член ассоциации", "Вместимость", "Доступность");

    @Inject @Client("/") HttpClient http;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void everyColumnOfTheSheetLandsInTheProfileAndInvalidRowsAreRefusedOneByOne() {
        var sheet = SchoolSheets.titled(ALL_COLUMNS)
                .row(4, cells(Map.ofEntries(Map.entry("№ п/п", 1), Map.entry("ФИО", "Жукова Жанна " + tag),
                        Map.entry("Тип наставника", "учитель"), Map.entry("Код школы", "1"),
                        Map.entry("Организация", "МАОУ СОШ № 1"), Map.entry("Должность", "учитель физики"),
                        Map.entry("E-mail", "zh-" + tag + "@example.ru"), Map.entry("Телефон", "+7 900 111-22-33"),
                        Map.entry("Дата рождения", LocalDate.of(1978, 9, 1)), Map.entry("Предметы", "физика; астрономия"),
                        Map.entry("Сильные стороны", "формирующее оценивание;\nподготовка к ГИА"),
                        Map.entry("Формы наставничества", "учитель – учитель"),
                        Map.entry("Квалификационная категория", "высшая"), Map.entry("Стаж", 21),
                        Map.entry("Время и ресурс", "2 часа в неделю"), Map.entry("Интересы наставника", "робототехника"),
                        Map.entry("Желаемый возраст наставляемых", "25–35 лет"),
                        Map.entry("Достижения", "«Учитель года – 2019»"), Map.entry("Обучение", "ДПП «Наставничество», 36 ч"),
                        Map.entry("Член ассоциации", "да"), Map.entry("Вместимость", 3), Map.entry("Доступность", "школа"))))
                .row(5, cells(Map.of("№ п/п", 2, "ФИО", "Зайцев Захар " + tag, "Тип наставника", "представитель работодателя",
                        "Организация", "АО «Завод»", "E-mail", "za-" + tag + "@example.ru", "Дата рождения", "03.04.1990",
                        "Сильные стороны", "профориентация", "Член ассоциации", "нет", "Доступность", "сетевой")))
                .row(6, cells(Map.of("№ п/п", 3, "ФИО", "Игнатова Инна " + tag, "E-mail", "нет почты")))
                .row(7, cells(Map.of("№ п/п", 4, "ФИО", "Калинин Кирилл " + tag, "Вместимость", 0)))
                .row(8, cells(Map.of("№ п/п", 5, "ФИО", "Лебедева Лидия " + tag, "Код школы", "нет-" + tag)))
                .row(9, cells(Map.of("№ п/п", 6, "ФИО", "Миронов Марк " + tag, "Доступность", "школа")));

        Map<?, ?> result = upload(sheet.bytes());

        assertThat(result.get("imported")).isEqualTo(6);
        assertThat(result.get("skippedEmptyRows")).isEqualTo(0);
        assertThat((List<?>) result.get("rejected")).isEmpty();
        Map<Integer, List<Map<?, ?>>> warnings = warningsByRow(result);
        assertThat(warnings.get(6)).singleElement().satisfies(w -> {
            assertThat(w.get("column")).isEqualTo("E-mail");
            assertThat(w.get("cell")).isEqualTo("G6");
        });
        assertThat(warnings.get(7)).singleElement().satisfies(w -> assertThat(w.get("column")).isEqualTo("Вместимость"));
        assertThat(warnings.get(8)).singleElement().satisfies(w -> assertThat((String) w.get("message"))
                .contains("«нет-" + tag + "»").contains("не найдена"));
        assertThat(warnings.get(9)).singleElement().satisfies(w -> assertThat(w.get("column")).isEqualTo("Доступность"));

        Map<String, Map<String, Object>> found = mentorsByName();
        assertThat(found).containsOnlyKeys("Жукова Жанна " + tag, "Зайцев Захар " + tag, "Игнатова Инна " + tag,
                "Калинин Кирилл " + tag, "Лебедева Лидия " + tag, "Миронов Марк " + tag);
        assertThat(found.get("Игнатова Инна " + tag)).containsEntry("email", null);
        assertThat(found.get("Калинин Кирилл " + tag)).containsEntry("capacity", MentorRowParser.DEFAULT_CAPACITY);
        assertThat(found.get("Лебедева Лидия " + tag)).containsEntry("homeSchoolId", null);
        assertThat(found.get("Миронов Марк " + tag)).containsEntry("visibility", "MUNICIPAL");
        Map<String, Object> teacher = found.get("Жукова Жанна " + tag);
        assertThat(teacher).containsEntry("kind", "TEACHER").containsEntry("homeSchoolId", "1")
                .containsEntry("organisation", "МАОУ СОШ № 1").containsEntry("position", "учитель физики")
                .containsEntry("phone", "+7 900 111-22-33").containsEntry("birthDate", "1978-09-01")
                .containsEntry("subjects", List.of("физика", "астрономия"))
                .containsEntry("strengths", List.of("формирующее оценивание", "подготовка к ГИА"))
                .containsEntry("forms", List.of("TEACHER_TEACHER")).containsEntry("qualificationCategory", "высшая")
                .containsEntry("experienceYears", 21).containsEntry("timeAvailable", "2 часа в неделю")
                .containsEntry("interests", "робототехника").containsEntry("preferredMenteeAge", "25–35 лет")
                .containsEntry("achievements", "«Учитель года – 2019»")
                .containsEntry("trainingCompleted", "ДПП «Наставничество», 36 ч")
                .containsEntry("associationMember", true).containsEntry("capacity", 3).containsEntry("visibility", "SCHOOL");
        Map<String, Object> employer = found.get("Зайцев Захар " + tag);
        assertThat(employer).containsEntry("kind", "EMPLOYER").containsEntry("birthDate", "1990-04-03")
                .containsEntry("capacity", MentorRowParser.DEFAULT_CAPACITY).containsEntry("associationMember", false)
                .containsEntry("visibility", "NETWORK");
    }

    @Test
    void theExportIsABoldFrozenSheetTheImporterReadsAndFindsEveryoneAlreadyInTheBank() throws Exception {
        upload(SchoolSheets.titled(ALL_COLUMNS)
                .row(4, cells(Map.of("ФИО", "Никитина Нина " + tag, "Тип наставника", "педагог", "Код школы", "2",
                        "E-mail", "ni-" + tag + "@example.ru", "Дата рождения", LocalDate.of(1981, 5, 17),
                        "Сильные стороны", "функциональная грамотность, цифровые образовательные технологии",
                        "Формы наставничества", "учитель - учитель")))
                .row(5, cells(Map.of("ФИО", "Осипов Олег " + tag, "Тип наставника", "выпускник", "Дата рождения", "30.06.2001")))
                .bytes());

        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET("/api/mentors/export")
                .header("Authorization", bearer("methodist")), byte[].class);

        assertThat(response.getContentType().map(MediaType::toString)).hasValue(MentorSpreadsheetController.XLSX);
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"mentor-bank.xlsx\"");
        byte[] exported = response.body();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headers = sheet.getRow(0);
            for (Cell header : headers) {
                assertThat(Column.of(header.getStringCellValue()).isPresent() || header.getStringCellValue().equals("Статус в банке"))
                        .as("the importer knows the exported header «%s»", header.getStringCellValue()).isTrue();
                assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);

            Map<String, String> nina = exportedRow(sheet, "Никитина Нина " + tag);
            assertThat(nina).containsEntry("Категория наставника", "педагог").containsEntry("Школа", "Школа №\u00a02")
                    .containsEntry("Дата рождения", "17.05.1981")
                    .containsEntry("Основные компетенции наставника",
                            "функциональная грамотность; цифровые образовательные технологии")
                    .containsEntry("Формы наставничества", "учитель – учитель").containsEntry("Статус в банке", "работает")
                    .containsEntry("Вместимость", "2").containsEntry("Доступность", "муниципальный");
        }

        Map<String, Map<String, Object>> before = mentorsByName();
        Map<?, ?> again = upload(onlyRowsOf(exported, tag));

        assertThat(again.get("imported")).isEqualTo(0);
        Map<Integer, Map<?, ?>> rejected = rejectedByRow(again);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.values()).allSatisfy(r -> assertThat((String) r.get("reason")).contains("Уже в банке"));
        assertThat(mentorsByName()).as("nothing changed, not even a revision").isEqualTo(before);
    }

    /** The whole bank's export, re-imported: not one mentor more, not one changed. */
    @Test
    void reimportingTheWholeExportChangesNothing() {
        upload(SchoolSheets.titled(ALL_COLUMNS)
                .row(4, cells(Map.of("ФИО", "Петрова Полина " + tag, "Сильные стороны", "сопровождение молодых педагогов")))
                .bytes());
        byte[] exported = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/export")
                .header("Authorization", bearer("methodist")), byte[].class);
        Map<?, ?> all = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors")
                .header("Authorization", bearer("methodist")), Map.class);

        Map<?, ?> again = upload(exported);

        assertThat(again.get("imported")).isEqualTo(0);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/mentors")
                .header("Authorization", bearer("methodist")), Map.class)).isEqualTo(all);
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, List<Map<?, ?>>> warningsByRow(Map<?, ?> result) {
        Map<Integer, List<Map<?, ?>>> byRow = new TreeMap<>();
        ((List<?>) result.get("rows")).forEach(r -> byRow.put((Integer) ((Map<?, ?>) r).get("row"),
                (List<Map<?, ?>>) ((Map<?, ?>) r).get("warnings")));
        return byRow;
    }

    /** A row's cells in the order of {@link #ALL_COLUMNS}, given by header; the rest stay empty. */
    private static Object[] cells(Map<String, Object> byHeader) {
        assertThat(ALL_COLUMNS).containsAll(byHeader.keySet());
        return ALL_COLUMNS.stream().map(byHeader::get).toArray();
    }

    private Map<?, ?> upload(byte[] xlsx) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/mentors/import", MultipartBody.builder()
                        .addPart("file", "База наставников.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE, xlsx).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("methodist")), Map.class);
    }

    private static Map<Integer, Map<?, ?>> rejectedByRow(Map<?, ?> result) {
        Map<Integer, Map<?, ?>> byRow = new TreeMap<>();
        ((List<?>) result.get("rejected")).forEach(r -> byRow.put((Integer) ((Map<?, ?>) r).get("row"), (Map<?, ?>) r));
        return byRow;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> mentorsByName() {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8))
                .header("Authorization", bearer("methodist")), Map.class);
        Map<String, Map<String, Object>> byName = new HashMap<>();
        ((List<Map<String, Object>>) list.get("items")).forEach(m -> byName.put((String) m.get("fullName"), m));
        return byName;
    }

    /** The exported row of one mentor, by header, as the methodist would read it in Excel. */
    private static Map<String, String> exportedRow(Sheet sheet, String fullName) {
        DataFormatter formatter = new DataFormatter();
        Row headers = sheet.getRow(0);
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && fullName.equals(formatter.formatCellValue(row.getCell(0)))) {
                Map<String, String> cells = new HashMap<>();
                headers.forEach(h -> cells.put(h.getStringCellValue(), formatter.formatCellValue(row.getCell(h.getColumnIndex()))));
                return cells;
            }
        }
        throw new AssertionError("Нет строки «" + fullName + "» в выгрузке");
    }

    /** The export cut down to this run's mentors: the shared test database holds other runs' mentors. */
    private static byte[] onlyRowsOf(byte[] exported, String tag) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported)); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = sheet.getLastRowNum(); r > 0; r--) {
                Row row = sheet.getRow(r);
                if (row != null && !row.getCell(0).getStringCellValue().contains(tag)) {
                    sheet.removeRow(row);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
