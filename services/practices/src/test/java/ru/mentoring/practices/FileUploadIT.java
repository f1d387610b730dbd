package ru.mentoring.practices;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments through the API: stored with their SHA-256, handed back byte for byte to those who may
 * read the practice; too big, wrong type, unreadable and zip bombs refused in Russian, changing nothing.
 */
@MicronautTest(transactional = false, propertySources = "classpath:files-small.yml")
class FileUploadIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void aFileIsStoredWithItsChecksumAndReadByThoseWhoMaySeeThePractice() throws Exception {
        var api = new LibraryApi(http);
        String id = (String) api.create("curator1", LibraryApi.practice("Файлы", LibraryApi.marker())).get("id");
        byte[] docx = Documents.docx("Программа наставничества на 2026 год");

        Map<String, Object> file = api.upload("mentor1", id, "программа.docx", docx);

        assertThat(file.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx)));
        assertThat(file.get("size")).isEqualTo(docx.length);
        assertThat(file.get("contentType")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String download = "/api/practices/" + id + "/files/" + file.get("id");
        assertThat(api.bytes("curator1", download)).isEqualTo(docx);
        assertThat(api.refusal(() -> api.bytes("curator2", download)).status()).isEqualTo(404);
        api.publishWithTwoExperts(id);
        assertThat(api.bytes("curator2", download)).isEqualTo(docx);
        assertThat(api.refusal(() -> api.upload("curator1", id, "поздно.txt", "текст".getBytes(StandardCharsets.UTF_8))).status())
                .as("a published version's files do not change").isEqualTo(409);
    }

    @Test
    void badFilesAreRefusedInRussianAndChangeNothing() {
        var api = new LibraryApi(http);
        String id = (String) api.create("curator1", LibraryApi.practice("Плохие файлы", LibraryApi.marker())).get("id");

        var tooBig = api.refusal(() -> api.upload("curator1", id, "большой.pdf", new byte[300 * 1024]));
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.detail()).contains("больше 0 МБ").contains("большой.pdf");
        var exe = api.refusal(() -> api.upload("curator1", id, "setup.exe", new byte[] {'M', 'Z', 0x50, 0, 2, 0, 0, 0}));
        assertThat(exe.detail()).contains("не принимаются");
        var bomb = api.refusal(() -> api.upload("curator1", id, "бомба.docx", Documents.zipBomb(40)));
        assertThat(bomb.detail()).contains("распаковывается в слишком большой объём");
        var broken = api.refusal(() -> api.upload("curator1", id, "сломан.pdf", "%PDF-1.7 обрыв".getBytes(StandardCharsets.UTF_8)));
        assertThat(broken.detail()).contains("повреждён или не читается");
        assertThat(broken.contentType()).isEqualTo("application/problem+json");
        assertThat(api.refusal(() -> api.upload("curator2", id, "чужой.txt", "x".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(404);

        assertThat((List<?>) api.get("curator1", "/api/practices/" + id).get("files")).isEmpty();
    }
}
