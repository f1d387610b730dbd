package ru.mentoring.portal.practice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's pages through HTTP against stub services: what the portal sends on, and what it shows. */
class PracticeFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = Answers.catalogues(portal.backends());
    private final String mentor = portal.signIn(PortalUsers.mentorLogin());
    private final String id = PracticeMother.ID.toString();

    @Test
    void searchSendsEveryTickedFacetValueAndShowsTheSnippets() {
        backends.answer("GET /practices/api/practices/search", 200, """
                {"items":[{"id":"%s","title":"Наставник рядом","snippet":"Опытные <mark>наставники</mark>","version":1,
                  "schoolId":"2","form":"учитель – учитель","year":2025,"level":"SCHOOL","rating":0,"ratingCount":0,
                  "recommended":false,"publishedAt":"2026-03-12T07:00:00Z"}],
                 "facets":{"form":{"учитель – учитель":1,"ученик – ученик":0}},"total":1,"page":1,"size":20}""".formatted(id));

        HttpResponse<String> answer = portal.get("/practices?q=" + enc("наставники") + "&form=" + enc("учитель – учитель")
                + "&form=" + enc("ученик – ученик") + "&year=два&sort=date", mentor);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.text()).contains("Найдено практик: 1", "Наставник рядом", "Гимназия № 2");
        assertThat(page.html()).contains("<mark>наставники</mark>");
        String query = backends.calls("GET /practices/api/practices/search").getFirst().query();
        assertThat(query).contains("form=" + enc("учитель – учитель"))
                .contains("form=" + enc("ученик – ученик")).contains("sort=date")
                .doesNotContain("year=");
    }

    @Test
    void theCollectionButtonPostsAnEmptyFormAsABrowserDoes() {
        backends.answer("PUT /practices/api/practices/" + id + "/bookmark", 204, "");

        HttpResponse<String> kept = portal.post("/practices/" + id + "/bookmark", mentor, Map.of());

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(303);
        assertThat(kept.headers().firstValue("Location")).hasValue("/practices/" + id);
        assertThat(backends.calls("PUT /practices/api/practices/" + id + "/bookmark")).hasSize(1);
    }

    @Test
    void theMethodistAssigningWithNoBoxTickedHearsTheLibrarysRule() {
        backends.answer("POST /practices/api/practices/" + id + "/review/experts", 422, """
                {"type":"about:blank","title":"Ошибка в данных","status":422,"detail":"Назначьте не меньше двух экспертов"}""");

        HttpResponse<String> refused = portal.post("/practices/" + id + "/review/experts",
                portal.signIn(PortalUsers.methodistLogin()), Map.of());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(303);
        assertThat(backends.calls("POST /practices/api/practices/" + id + "/review/experts")).singleElement()
                .extracting(Backends.Call::body).asString().doesNotContain("expert-");
    }

    @Test
    void aRatingGoesToTheLibraryAndAWrongOneNeverLeaves() {
        backends.answer("PUT /practices/api/practices/" + id + "/rating", 200, "{\"average\":4.0,\"count\":1}");

        HttpResponse<String> rated = portal.post("/practices/" + id + "/rate", mentor, Map.of("stars", "4"));
        assertThat(rated.statusCode()).isEqualTo(303);
        assertThat(rated.headers().firstValue("Location")).hasValue("/practices/" + id);
        assertThat(backends.calls("PUT /practices/api/practices/" + id + "/rating").getFirst().body()).isEqualTo("{\"stars\":4}");

        backends.reset();
        HttpResponse<String> wrong = portal.post("/practices/" + id + "/rate", mentor, Map.of("stars", "9"));
        assertThat(wrong.statusCode()).isEqualTo(303);
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void anAttachmentIsPassedOnAsTheSameFile() {
        backends.answer("POST /practices/api/practices/" + id + "/files", 201, """
                {"id":"%s","name":"план.docx","contentType":"application/msword","size":8,"sha256":"ab"}"""
                .formatted(PracticeMother.FILE));
        byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"план.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nPK-слово\r\n--XYZ--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = portal.post("/practices/" + id + "/files", mentor, "multipart/form-data; boundary=XYZ", body);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(backends.calls("POST /practices/api/practices/" + id + "/files").getFirst().body())
                .isEqualTo("file план.docx " + "PK-слово".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theSubmissionFormSaysEverythingWrongAtOnceThenTheLibrarysRefusal() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "");
        form.put("year", "20");
        form.put("authors", "; не-адрес");
        form.put("action", "submit");
        HttpResponse<String> refused = portal.post("/practices/new", mentor, form);

        assertThat(refused.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(refused.body()).assertRussianOnly("PDF", "DOCX", "PPTX", "XLSX", "ODT", "RTF", "TXT",
                "JPG", "PNG", "e", "mail");
        assertThat(page.summary()).containsExactly("Укажите название практики", "Год реализации — четыре цифры, например 2025",
                "Строка 1: укажите ФИО автора", "Строка 1: адрес электронной почты указан неверно");
        assertThat(backends.calls("POST /practices")).isEmpty();

        backends.answer("POST /practices/api/practices", 422, Answers.problem(422, "Данные не прошли проверку",
                "Опишите проблему, которую решает практика; Укажите хотя бы одну компетенцию", "[]"));
        form.put("title", "Наставник рядом");
        form.put("year", "2025");
        form.put("authors", "Иванов Сергей; mentor1@mentoring.local");
        HttpResponse<String> library = portal.post("/practices/new", mentor, form);
        assertThat(library.statusCode()).isEqualTo(422);
        assertThat(new Rendered(library.body()).text()).contains("Опишите проблему, которую решает практика");
        assertThat(new Rendered(library.body()).field("title").html()).contains("value=\"Наставник рядом\"");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
