package ru.mentoring.school.consent;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.support.time.Today;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Consents as the law wants them (DOMAIN §7): who signs for a minor, separate documents, withdrawal at once. */
@MicronautTest(transactional = false)
class ConsentIT {

    @Inject @Client("/") HttpClient http;
    @Inject Today today;

    @Test
    void aMinorsConsentIsSignedByAGuardianAndAPupilOf14MayCoSign() {
        UUID pupil = SchoolFixtures.pupil(http, "curator1", "Смирнов Артём " + UUID.randomUUID(), "8А",
                today.date().minusYears(14).minusMonths(2));

        var bySelf = refusal(pupil, Map.of("kind", "PROCESSING", "signedBy", "SELF", "signerName", "Смирнов Артём",
                "signedOn", today.date().toString()));
        assertThat(bySelf).contains("родитель или законный представитель");

        Map<?, ?> consent = record(pupil, Map.of("kind", "PROCESSING", "signedBy", "GUARDIAN", "signerName",
                "Смирнова Ольга Петровна", "coSignedByPupil", true, "signedOn", today.date().toString()));
        assertThat(consent.get("inForce")).isEqualTo(true);
        assertThat(consent.get("textVersion")).isEqualTo("processing-v1");

        var again = refusal(pupil, Map.of("kind", "PROCESSING", "signedBy", "GUARDIAN", "signerName", "Смирнова О. П.",
                "signedOn", today.date().toString()));
        assertThat(again).contains("уже действует");
    }

    @Test
    void aYoungerPupilDoesNotCoSignAndATransferNamesThePartner() {
        UUID pupil = SchoolFixtures.pupil(http, "curator1", "Ким Лия " + UUID.randomUUID(), "5Б",
                today.date().minusYears(11));
        String problem = refusal(pupil, Map.of("kind", "TRANSFER", "signedBy", "GUARDIAN", "signerName", "Ким Анна",
                "coSignedByPupil", true, "signedOn", today.date().toString()));
        assertThat(problem).contains("моложе 14 лет").contains("организацию-партнёра");
    }

    @Test
    void eachConsentPrintsAsItsOwnDocumentInRussian() throws Exception {
        String name = "Орлова Вера " + UUID.randomUUID();
        UUID pupil = SchoolFixtures.pupil(http, "curator1", name, "9В", today.date().minusYears(15));

        String pdf = pdfText(download("/api/mentees/" + pupil + "/consent-forms/DISTRIBUTION?format=pdf"));
        assertThat(pdf).contains("СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ, РАЗРЕШЁННЫХ ДЛЯ РАСПРОСТРАНЕНИЯ", name,
                "Родитель (законный представитель)", "обучающийся 14 лет и старше")
                .doesNotContain("ПЕРЕДАЧУ ПЕРСОНАЛЬНЫХ ДАННЫХ ОРГАНИЗАЦИИ-ПАРТНЁРУ");
        UUID consent = UUID.fromString((String) record(pupil, Map.of("kind", "TRANSFER", "signedBy", "GUARDIAN",
                "signerName", "Орлов Пётр Ильич", "partnerOrganisation", "ООО «Технопарк»",
                "signedOn", today.date().toString())).get("id"));
        String docx = docxText(download("/api/consents/" + consent + "/document?format=docx"));
        assertThat(docx).contains("ПЕРЕДАЧУ ПЕРСОНАЛЬНЫХ ДАННЫХ ОРГАНИЗАЦИИ-ПАРТНЁРУ", "Орлов Пётр Ильич",
                "ООО «Технопарк»", "transfer-v1", name);
    }

    @Test
    void aWithdrawnConsentIsKeptOnRecordAndNoLongerInForce() {
        UUID teacher = SchoolFixtures.youngTeacher(http, "curator2", "Белова Ирина " + UUID.randomUUID());
        UUID consent = SchoolFixtures.processingConsent(http, "curator2", teacher, false, today.date());

        Map<?, ?> withdrawn = http.toBlocking().retrieve(HttpRequest.POST("/api/consents/" + consent + "/withdraw",
                Map.of("reason", "переезд")).header("Authorization", bearer("curator2")), Map.class);
        assertThat(withdrawn.get("inForce")).isEqualTo(false);
        assertThat(withdrawn.get("withdrawnOn")).isEqualTo(today.date().toString());
        List<?> all = (List<?>) http.toBlocking().retrieve(HttpRequest.GET("/api/mentees/" + teacher + "/consents")
                .header("Authorization", bearer("curator2")), Map.class).get("items");
        assertThat(all).hasSize(1);
        var twice = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/consents/" + consent + "/withdraw", Map.of()).header("Authorization", bearer("curator2"))));
        assertThat(twice.getStatus().getCode()).isEqualTo(409);
        var foreign = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/consents/" + consent + "/withdraw", Map.of()).header("Authorization", bearer("curator1"))));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
    }

    private Map<?, ?> record(UUID mentee, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/mentees/" + mentee + "/consents", body)
                .header("Authorization", bearer("curator1")), Map.class);
    }

    private String refusal(UUID mentee, Map<String, Object> body) {
        var error = assertThrows(HttpClientResponseException.class, () -> record(mentee, body));
        assertThat(error.getStatus().getCode()).isEqualTo(422);
        return error.getResponse().getBody(String.class).orElse("");
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> answer = http.toBlocking().exchange(HttpRequest.GET(path)
                .header("Authorization", bearer("curator1")), Argument.of(byte[].class));
        return answer.body();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // justified lines wrap and stretch: compare words, not the layout
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
