package ru.mentoring.school.menteesheet;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Preview first, then the import; the school's own export imported again changes nothing. */
@MicronautTest(transactional = false)
class MenteeSheetIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void aPreviewWritesNothingTheImportWritesTheGoodRowsAndTheExportRoundTrips() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] sheet = Sheets.withTitle("База наставляемых", List.of("ФИО наставляемого", "Класс", "Ключевой запрос",
                        "Категория запроса"),
                List.of(List.of("Зайцев Кирилл " + tag, "6А", "отстаёт по математике", "Повышение успеваемости"),
                        List.of("", "6А", "", ""),
                        List.of("Волкова Ника " + tag, "класс шестой", "проект", "")))
                .readAllBytes();

        Map<?, ?> preview = upload(sheet, true);
        assertThat(preview.get("imported")).isEqualTo(2);
        assertThat(names()).noneMatch(n -> n.contains(tag));
        assertThat(String.valueOf(preview.get("rows"))).contains("WOULD_IMPORT", "Возраст / класс (группа)");

        Map<?, ?> imported = upload(sheet, false);
        assertThat(imported.get("imported")).isEqualTo(2);
        assertThat(names()).filteredOn(n -> n.contains(tag)).hasSize(2);

        byte[] export = http.toBlocking().exchange(HttpRequest.GET("/api/mentees/export")
                .header("Authorization", bearer("curator3")), Argument.of(byte[].class)).body();
        Map<?, ?> again = upload(export, false);
        assertThat(again.get("imported")).isEqualTo(0);
        assertThat(names()).filteredOn(n -> n.contains(tag)).hasSize(2);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(export))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("ФИО наставляемого");
            assertThat(String.valueOf(workbook.getSheetAt(0).getRow(0))).doesNotContain("ОВЗ");
        }
    }

    private Map<?, ?> upload(byte[] xlsx, boolean dryRun) {
        MultipartBody body = MultipartBody.builder().addPart("file", "база.xlsx",
                MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx).build();
        return http.toBlocking().retrieve(HttpRequest.POST("/api/mentees/import?dryRun=" + dryRun, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Authorization", bearer("curator3")), Map.class);
    }

    private List<String> names() {
        Map<?, ?> list = http.toBlocking().retrieve(HttpRequest.GET("/api/mentees").header("Authorization", bearer("curator3")),
                Map.class);
        return ((List<?>) list.get("items")).stream().map(m -> (String) ((Map<?, ?>) m).get("fullName")).toList();
    }
}
