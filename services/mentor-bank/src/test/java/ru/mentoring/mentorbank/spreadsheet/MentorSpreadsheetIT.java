package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.BankFixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** A sheet in the shape a school keeps it, through the real API into the real database. */
@MicronautTest(transactional = false)
class MentorSpreadsheetIT {

    @Inject @Client("/") HttpClient http;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void schools() {
        BankFixtures.schoolsExist(http);
    }

    @Test
    void everyRowNamingAMentorIsImportedAndOnlyDuplicatesAndNamelessRowsAreLeftOut() throws Exception {
        byte[] sheet = schoolSheet(List.of(
                List.of("1", "Алексеева Анна " + tag, "педагог", "1", "учитель физики", "01.02.1980", "формирующее оценивание; подготовка к ГИА", "a-" + tag + "@ex.ru", "2"),
                List.of(),
                List.of("2", "", "педагог", "1", "", "", "", "", ""),
                List.of("3", "Борисов Борис " + tag, "работодатель", "", "инженер", "", "левитация", "", "1"),
                List.of("4", "Алексеева Анна " + tag, "педагог", "2", "", "01.02.1980", "", "", ""),
                List.of("5", "Васильев Василий " + tag, "выпускник", "3", "", "", "", "A-" + tag + "@EX.ru", ""),
                List.of("6", "Григорьева Галина " + tag, "студент", "", "", "15.13.2001", "", "", ""),
                List.of("7", "Дмитриев Денис " + tag, "студент", "", "", "", "проектная деятельность", "", "3")));

        Map<?, ?> result = upload(sheet);

        assertThat(result.get("imported")).isEqualTo(4);
        assertThat(result.get("skippedEmptyRows")).isEqualTo(1);
        Map<Integer, String> reasons = new java.util.TreeMap<>();
        ((List<?>) result.get("rejected")).forEach(r -> reasons.put((Integer) ((Map<?, ?>) r).get("row"),
                (String) ((Map<?, ?>) r).get("reason")));
        assertThat(reasons).containsOnlyKeys(6, 8, 9);
        assertThat(reasons.get(6)).contains("не указано ФИО");
        assertThat(reasons.get(8)).contains("Дубликат").contains("ФИО и датой рождения").contains("строка 4");
        assertThat(reasons.get(9)).contains("Дубликат").contains("e-mail");
        Map<Integer, Map<?, ?>> rows = new java.util.TreeMap<>();
        ((List<?>) result.get("rows")).forEach(r -> rows.put((Integer) ((Map<?, ?>) r).get("row"), (Map<?, ?>) r));
        assertThat(rows.get(10).get("status")).isEqualTo("IMPORT");
        assertThat((List<?>) rows.get(10).get("warnings")).singleElement().satisfies(w -> {
            assertThat(((Map<?, ?>) w).get("column")).isEqualTo("Дата рождения");
            assertThat(((Map<?, ?>) w).get("cell")).isEqualTo("F10");
            assertThat((String) ((Map<?, ?>) w).get("message")).contains("дд.мм.гггг").contains("«15.13.2001»");
        });
        assertThat(rows.get(7).get("ownStrengths")).isEqualTo(List.of("левитация"));
        assertThat(names()).contains("Алексеева Анна " + tag, "Борисов Борис " + tag, "Григорьева Галина " + tag,
                "Дмитриев Денис " + tag).doesNotContain("Васильев Василий " + tag);
    }

    @Test
    void exportedBankHasTheImportedMentorUnderTheSameHeaders() throws Exception {
        upload(schoolSheet(List.of(List.of("1", "Ефимова Елена " + tag, "педагог", "2", "учитель химии", "",
                "функциональная грамотность", "", "3"))));

        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors/export")
                .header("Authorization", bearer("methodist")), byte[].class);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ФИО наставника");
            Row found = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Ефимова Елена " + tag)) {
                    found = row;
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.getCell(1).getStringCellValue()).isEqualTo("педагог");
            assertThat(found.getCell(2).getStringCellValue()).as("the school by its name, not its code")
                    .isEqualTo("Школа №\u00a02");
            assertThat(found.getCell(9).getStringCellValue()).isEqualTo("функциональная грамотность");
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedAndNothingIsImported() {
        int before = names().size();
        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/mentors/import", MultipartBody.builder()
                                .addPart("file", "mentors.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE, "ФИО;Категория".getBytes())
                                .build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("methodist")),
                Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail"))).contains("Excel");
        assertThat(names()).hasSize(before);
    }

    @Test
    void uploadWithoutTheFileFieldIsExplainedInRussian() {
        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/mentors/import", MultipartBody.builder()
                                .addPart("comment", "база наставников").build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("methodist")),
                Argument.of(Map.class), Argument.of(Map.class)));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(String.valueOf(error.getResponse().getBody(Map.class).orElseThrow().get("detail")))
                .contains("Приложите файл Excel");
    }

    @Test
    void curatorCannotImportIntoTheMunicipalBank() throws Exception {
        var error = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/mentors/import", MultipartBody.builder()
                                .addPart("file", "m.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE, schoolSheet(List.of())).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("curator1"))));
        assertThat(error.getStatus().getCode()).isEqualTo(403);
    }

    private Map<?, ?> upload(byte[] sheet) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/mentors/import", MultipartBody.builder()
                        .addPart("file", "База наставников.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE, sheet).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("methodist")), Map.class);
    }

    private List<String> names() {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/mentors?q=" + tag)
                .header("Authorization", bearer("methodist")), Map.class);
        return ((List<?>) list.get("items")).stream().map(m -> (String) ((Map<?, ?>) m).get("fullName")).toList();
    }

    /** A title row merged across the columns, then the header row, then the data (row 3 onwards in Excel). */
    private static byte[] schoolSheet(List<List<String>> rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Наставники");
            sheet.createRow(0).createCell(0).setCellValue("База наставников МАОУ СОШ № 1 на 2026/2027 учебный год");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            List<String> headers = List.of("№ п/п", "ФИО наставника", "Категория", "Школа", "Должность", "Дата рождения",
                    "Основные компетенции наставника", "E-mail", "Макс. число наставляемых");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
