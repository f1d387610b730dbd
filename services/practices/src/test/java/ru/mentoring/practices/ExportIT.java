package ru.mentoring.practices;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.Tokens.bearer;

/** The exports, read back by extracting their text (PDFBox for PDF, POI for DOCX). */
@MicronautTest(transactional = false)
class ExportIT {

    @Inject @Client("/") HttpClient http;

    @Test
    void aPracticeAsPdfWithEmbeddedCyrillicFonts() throws IOException {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        String id = (String) api.create("curator1", LibraryApi.practice("Печатная практика", marker)).get("id");
        api.upload("curator1", id, "сценарий.docx", Documents.docx("Сценарий"));
        api.publishWithTwoExperts(id);

        byte[] pdf = api.bytes("curator2", "/api/practices/" + id + "/export.pdf?schoolName=" + java.net.URLEncoder.encode(
                "МАОУ СОШ № 1", java.nio.charset.StandardCharsets.UTF_8));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Печатная практика " + marker).contains("Версия 1 — опубликована")
                    .contains("Образовательная организация: МАОУ СОШ № 1").contains("Проблема, которую решает практика")
                    .contains("Молодые педагоги в первый год").contains("сценарий.docx");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aDraftPrintsForItsAuthorsOnly() {
        var api = new LibraryApi(http);
        Map<String, Object> body = LibraryApi.practice("Черновик на печать", LibraryApi.marker());
        body.put("draft", true);
        String id = (String) api.create("curator1", body).get("id");
        assertThat(api.bytes("mentor1", "/api/practices/" + id + "/export.pdf")).startsWith("%PDF".getBytes());
        assertThat(api.refusal(() -> api.bytes("curator2", "/api/practices/" + id + "/export.pdf")).status()).isEqualTo(404);
    }

    @Test
    void aCollectionForASeminarAsDocxAndPdf() throws IOException {
        var api = new LibraryApi(http);
        String marker = LibraryApi.marker();
        String one = (String) api.create("curator1", LibraryApi.practice("Первая в сборнике", marker)).get("id");
        String two = (String) api.create("curator2", LibraryApi.practice("Вторая в сборнике", marker)).get("id");
        api.publishWithTwoExperts(one);
        api.publishWithTwoExperts(two);
        Map<String, Object> request = Map.of("title", "Практики наставничества: семинар " + marker,
                "practiceIds", List.of(two, one), "format", "docx", "schools", Map.of("1", "Гимназия № 1", "2", "Лицей № 2"));

        HttpResponse<byte[]> docx = http.toBlocking().exchange(HttpRequest.POST("/api/practices/collection", request)
                .header("Authorization", bearer("mentor1")), byte[].class);
        assertThat(docx.getContentType().map(Object::toString).orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Практики наставничества: семинар " + marker).contains("2 практики").contains("Содержание")
                    .contains("Лицей № 2").contains("Гимназия № 1");
            assertThat(text.indexOf("Вторая в сборнике")).isLessThan(text.indexOf("Первая в сборнике"));
        }

        HttpResponse<byte[]> asPdf = http.toBlocking().exchange(HttpRequest.POST("/api/practices/collection",
                Map.of("practiceIds", List.of(one, two), "format", "pdf")).header("Authorization", bearer("curator3")), byte[].class);
        try (PDDocument doc = Loader.loadPDF(asPdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Сборник практик наставничества")
                    .contains("Первая в сборнике " + marker).contains("Вторая в сборнике " + marker);
        }
    }

    @Test
    void onlyPublishedPracticesGoIntoACollection() {
        var api = new LibraryApi(http);
        Map<String, Object> body = LibraryApi.practice("Не опубликована", LibraryApi.marker());
        String id = (String) api.create("curator1", body).get("id");
        var refused = api.refusal(() -> http.toBlocking().exchange(HttpRequest.POST("/api/practices/collection",
                Map.of("practiceIds", List.of(id), "format", "pdf")).header("Authorization", bearer("curator1")), byte[].class));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("только опубликованные");
        assertThat(api.refusal(() -> http.toBlocking().exchange(HttpRequest.POST("/api/practices/collection",
                Map.of("practiceIds", List.of(), "format", "odt")).header("Authorization", bearer("curator1")), byte[].class)).detail())
                .contains("Выберите практики").contains("pdf или docx");
    }
}
