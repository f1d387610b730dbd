package ru.mentoring.events.document;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.EventsApi;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On the day: check-in by the QR code's text and by name, the attendance sheet and the certificates, read back from the PDFs. */
@MicronautTest(transactional = false)
class DocumentsIT {

    @Inject @Client("/") HttpClient http;
    @Inject Clock clock;

    @Test
    void checkInThenTheSheetAndTheCertificateReadRightInRussian() throws IOException {
        EventsApi api = new EventsApi(http, clock);
        var body = api.event("Семинар «Наставник и молодой педагог»", 20);
        body.put("startsAt", clock.instant().plus(Duration.ofHours(2)).toString());
        body.put("endsAt", clock.instant().plus(Duration.ofHours(5)).toString());
        String id = api.createId("methodist", body);
        String title = (String) api.get("/api/events/" + id, "methodist").get("title");
        // printed in quotes of its own: the title's quotes become the inner „“
        String printed = "«" + title.replace('«', '„').replace('»', '“') + "»";
        String code = (String) api.apply(id, "curator2").get("checkInCode");
        String byName = (String) api.apply(id, "curator3").get("id");
        api.apply(id, "curator1");
        assertThat(api.refusal(() -> api.bytes("/api/events/" + id + "/certificates/me", "curator2")).status())
                .as("no certificate before arrival").isEqualTo(404);

        Map<?, ?> checked = api.post("/api/events/" + id + "/check-ins", "methodist", Map.of("code", code.toLowerCase()));
        assertThat(checked.get("message")).isEqualTo("Отмечено прибытие: «Ольга Кузнецова»");
        api.post("/api/events/" + id + "/check-ins", "methodist", Map.of("registrationId", byName));
        assertThat(api.post("/api/events/" + id + "/check-ins", "methodist", Map.of("code", code)).get("already")).isEqualTo(true);
        assertThat(api.refusal(() -> api.post("/api/events/" + id + "/check-ins", "methodist", Map.of("code", "NOSUCH00"))).detail())
                .contains("не найден");
        assertThat(api.refusal(() -> api.post("/api/events/" + id + "/check-ins", "curator2", Map.of("code", code))).status())
                .isEqualTo(403);

        byte[] sheet = api.bytes("/api/events/" + id + "/attendance-sheet", "methodist");
        String sheetText = text(sheet);
        assertThat(sheetText).contains("Лист регистрации участников").contains(printed)
                .contains("Ольга Кузнецова").contains("Елена Соколова").contains("Ирина Смирнова").contains("Зарегистрировано: 3 из 20");
        assertThat(embeddedFonts(sheet)).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));

        byte[] certificate = api.bytes("/api/events/" + id + "/certificates/me", "curator2");
        assertThat(text(certificate)).contains("СЕРТИФИКАТ").contains("Ольга Кузнецова").contains("принял(а) участие в мероприятии")
                .contains(printed).contains("школа № 2");
        assertThat(api.refusal(() -> api.bytes("/api/events/" + id + "/certificates/me", "curator1")).status())
                .as("registered but never arrived").isEqualTo(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> embeddedFonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.isEmbedded()) {
                        fonts.add(font.getName());
                    }
                }
            }
        }
        return fonts;
    }
}
