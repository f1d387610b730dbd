package ru.mentoring.portal.consent;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Consents through HTTP: the minor's rules checked by the portal, the withdrawal, one document per consent. */
class ConsentFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));
    private final String base = "/mentees/" + SchoolMother.PUPIL;

    private static Map<String, String> form(String kind, String signedBy, String coSigned, String partner) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("signedBy", signedBy);
        form.put("signerName", "Петрова Анна Сергеевна");
        if (coSigned != null) {
            form.put("coSignedByPupil", coSigned);
        }
        form.put("partnerOrganisation", partner);
        form.put("signedOn", "2026-09-06");
        // a page cannot make the portal think the pupil is an adult
        form.put("minor", "false");
        form.put("age", "30");
        return form;
    }

    @Test
    void aMinorsOwnSignatureIsRefusedByThePortalWhateverThePageClaims() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil());

        HttpResponse<String> answer = portal.post(base + "/consents/new", curator, form("TRANSFER", "SELF", null, ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("signedBy").errors())
                .containsExactly("За несовершеннолетнего согласие подписывает родитель или законный представитель");
        assertThat(page.field("partnerOrganisation").errors())
                .containsExactly("Укажите организацию-партнёра, которой передаются данные");
        assertThat(page.field("signedBy").html()).doesNotContain("value=\"SELF\"");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void theParentsConsentWithThePupilsSignatureIsRecorded() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil())
                .answer("POST /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 201,
                        SchoolJson.processingConsent(SchoolMother.PUPIL));

        HttpResponse<String> answer = portal.post(base + "/consents/new", curator,
                form("PROCESSING", "GUARDIAN", "true", "ООО «Партнёр», не для этого вида"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(base + "#consents");
        assertThat(backends.calls("POST /school/api/mentees/" + SchoolMother.PUPIL + "/consents").getFirst().body())
                .contains("\"kind\":\"PROCESSING\"", "\"signedBy\":\"GUARDIAN\"",
                        "\"signerName\":\"Петрова Анна Сергеевна\"", "\"coSignedByPupil\":true",
                        "\"signedOn\":\"2026-09-06\"")
                .doesNotContain("Партнёр");
    }

    @Test
    void aSecondConsentInForceIsTheServicesRefusalAboveTheForm() {
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL, 200, SchoolJson.pupil())
                .answer("POST /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 422, Answers.problem(422,
                        "Данные не прошли проверку", "Согласие «на обработку персональных данных» уже действует: чтобы записать новое, отзовите прежнее",
                        "[{\"field\":null,\"message\":\"Согласие «на обработку персональных данных» уже действует: чтобы записать новое, отзовите прежнее\"}]"));

        HttpResponse<String> answer = portal.post(base + "/consents/new", curator, form("PROCESSING", "GUARDIAN", null, ""));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(new Rendered(answer.body()).assertRussianOnly().summary()).containsExactly(
                "Согласие «на обработку персональных данных» уже действует: чтобы записать новое, отзовите прежнее");
    }

    @Test
    void aWithdrawalCarriesTheReasonAndComesBackToTheCard() {
        backends.answer("POST /school/api/consents/" + SchoolMother.CONSENT + "/withdraw", 200,
                SchoolJson.processingConsent(SchoolMother.PUPIL).replace("\"inForce\":true", "\"inForce\":false"));

        HttpResponse<String> answer = portal.post(base + "/consents/" + SchoolMother.CONSENT + "/withdraw", curator,
                Map.of("reason", " семья переехала "));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(base + "#consents");
        assertThat(backends.calls("POST /school/api/consents/").getFirst().body()).isEqualTo("{\"reason\":\"семья переехала\"}");
    }

    @Test
    void eachConsentPrintsAsItsOwnDocumentInTheFormatAsked() {
        byte[] pdf = "%PDF-1.7 согласие".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        backends.answer("GET /school/api/mentees/" + SchoolMother.PUPIL + "/consent-forms/TRANSFER", 200, SchoolClient.DOCX,
                        pdf, Map.of("Content-Disposition", "attachment; filename=\"document.docx\""))
                .answer("GET /school/api/consents/" + SchoolMother.CONSENT + "/document", 200, SchoolClient.PDF, pdf,
                        Map.of());

        HttpResponse<byte[]> blank = portal.download(base + "/consent-forms/TRANSFER?format=docx&partner=ООО+Завод", curator);
        HttpResponse<byte[]> recorded = portal.download(base + "/consents/" + SchoolMother.CONSENT + "/document?format=exe",
                curator);
        HttpResponse<byte[]> unknown = portal.download(base + "/consent-forms/MARRIAGE?format=pdf", curator);

        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Content-Type")).hasValue(SchoolClient.DOCX);
        assertThat(recorded.headers().firstValue("Content-Type")).hasValue(SchoolClient.PDF);
        assertThat(recorded.body()).isEqualTo(pdf);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(backends.calls()).extracting(Backends.Call::query).containsExactly(
                "format=docx&partner=%D0%9E%D0%9E%D0%9E+%D0%97%D0%B0%D0%B2%D0%BE%D0%B4", "format=pdf");
    }
}
