package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The practice library on the running platform, the checks of issue 11: a practice goes from a completed
 * pair to publication through review with two experts; Russian queries find inflected forms and typos
 * and nothing they should not; text inside an attached DOCX is found; a draft never shows to another
 * school. Each test marks its practices with a made-up word, so it needs no demo data.
 */
class PracticeLibraryE2E extends BrowserE2E {

    private String shot = "practice-library";

    @Override
    protected String screenshotName() {
        return shot;
    }

    @Test
    void aCompletedPairBecomesAPublishedPracticeThroughTwoExperts() {
        shot = "practice-from-pair";
        String marker = marker();
        String consent = "consent-e2e-" + UUID.randomUUID();
        Library.publish("school.practice-consent.v1", "practice-consent.changed", consent, "1",
                Map.of("consentRef", consent, "schoolId", "1", "status", "ON_RECORD", "changedAt", java.time.Instant.now().toString()));
        String proposalId = UUID.randomUUID().toString();
        Library.publish("school.practice-proposal.v1", "practice.proposed", proposalId, "1", Map.ofEntries(
                Map.entry("proposalId", proposalId), Map.entry("source", "COMPLETED_PAIR"), Map.entry("sourceRef", "pair-e2e"),
                Map.entry("schoolId", "1"), Map.entry("title", "Пара опытный педагог — молодой специалист " + marker),
                Map.entry("problem", "Молодой учитель не справлялся с дисциплиной на уроке"),
                Map.entry("description", "Год работы пары по индивидуальному плану: взаимопосещение уроков, разбор видеозаписей"),
                Map.entry("methods", "Взаимопосещение уроков, рефлексивный дневник"),
                Map.entry("results", "Доля уроков без нарушений дисциплины выросла с 40 до 85 %"),
                Map.entry("form", "учитель – учитель"), Map.entry("targetGroup", "молодые педагоги"),
                Map.entry("competencies", List.of("организация современного урока")), Map.entry("year", 2025),
                Map.entry("level", "SCHOOL"),
                Map.entry("authors", List.of(Map.of("fullName", "Иванов Сергей Петрович", "email", "mentor1@mentoring.local"))),
                Map.entry("participants", List.of(Map.of("consentRef", consent, "publicName", "Пётр А.", "role", "молодой специалист"))),
                Map.entry("note", "Пара завершена с результатом «цели достигнуты»")));
        String id = awaitDraft("mentor1", marker);
        assertThat(Api.get(Platform.PRACTICES + "/api/practices/" + id, "curator2").status())
                .as("the draft is school 1's only").isEqualTo(404);

        // the author finishes the draft in the portal and sends it to review
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/practices/" + id + "/edit", "mentor1");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).contains(marker);
        driver.findElement(By.id("noPupilData")).click();
        driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "отправлена на экспертизу"));
        assertThat(driver.findElement(By.id("version-line")).getText()).contains("Версия 1 — отправлена на экспертизу");

        Library.reviewedByTwoExperts(id);
        Library.check(Api.post(Platform.PRACTICES + "/api/practices/" + id + "/review/publish", "methodist", Map.of()));

        JsonNode practice = Api.get(Platform.PRACTICES + "/api/practices/" + id, "curator2").json();
        assertThat(practice.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(practice.path("origin").asText()).isEqualTo("COMPLETED_PAIR");
        assertThat(practice.path("participants").toString()).contains("Пётр А.");
        assertThat(ids(search("curator2", "молодого специалиста " + marker))).containsExactly(id);
        passed = true;
    }

    @Test
    void russianFormsTyposAndDocxTextAreFoundAndADraftStaysAtItsSchool() {
        shot = "practice-search";
        String marker = marker();
        String published = create("curator1", "Наставничество в проектной деятельности " + marker, false);
        Library.check(Library.upload(published, "curator1", "сценарий-квеста.docx",
                Library.docx("Сценарий квеста", "Квест по финансовой грамотности для шестиклассников " + marker)));
        Library.reviewedByTwoExperts(published);
        Library.check(Api.post(Platform.PRACTICES + "/api/practices/" + published + "/review/publish", "methodist", Map.of()));
        String draft = create("curator1", "Черновик о наставниках " + marker, true);

        for (String q : List.of("наставники", "наставника", "наставником", "проектной деятельности", "наставнек",
                "проектнной деятелности", "финансовая грамотность", "шестиклассники")) {
            assertThat(ids(search("curator3", q + " " + marker))).as(q).containsExactly(published);
        }
        for (String q : List.of("учительница", "бухгалтерия", "фотосинтез")) {
            assertThat(ids(search("curator3", q + " " + marker))).as(q).isEmpty();
        }
        assertThat(Api.get(Platform.PRACTICES + "/api/practices/" + draft, "curator3").status()).isEqualTo(404);
        assertThat(Api.get(Platform.PRACTICES + "/api/practices/" + draft, "methodist").status())
                .as("not even the methodist reads a draft").isEqualTo(404);
        assertThat(Api.get(Platform.PRACTICES + "/api/practices/" + draft, "mentor1").status())
                .as("its author does").isEqualTo(200);

        // a reader of another school finds the DOCX text in the portal, highlighted
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/practices?q=" + URLEncoder.encode("финансовой грамотности " + marker, StandardCharsets.UTF_8),
                "curator3");
        String hits = driver.findElement(By.id("hits")).getText();
        assertThat(hits).contains("Наставничество в проектной деятельности " + marker).contains("В прикреплённых файлах")
                .contains("финансовой грамотности").doesNotContain("Черновик");
        assertThat(driver.findElements(By.cssSelector("#hits mark"))).isNotEmpty();
        driver.get(Platform.PORTAL + "/practices/" + draft);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Страница не найдена");
        passed = true;
    }

    private static String create(String user, String title, boolean draft) {
        Map<String, Object> body = new java.util.HashMap<>(Map.ofEntries(Map.entry("title", title),
                Map.entry("problem", "Молодые педагоги испытывают трудности с дисциплиной"),
                Map.entry("description", "Опытные наставники сопровождают молодых коллег; проектная деятельность учеников"),
                Map.entry("methods", "Взаимопосещение уроков"), Map.entry("results", "Доля уроков без нарушений выросла"),
                Map.entry("form", "учитель – учитель"), Map.entry("targetGroup", "молодые педагоги"),
                Map.entry("competencies", List.of("проектная деятельность")), Map.entry("year", 2025),
                Map.entry("level", "SCHOOL"), Map.entry("noPupilData", true), Map.entry("draft", draft),
                Map.entry("authors", List.of(Map.of("fullName", "Иванов Сергей Петрович", "email", "mentor1@mentoring.local")))));
        Api.Answer created = Api.post(Platform.PRACTICES + "/api/practices", user, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static JsonNode search(String user, String q) {
        Api.Answer answer = Api.get(Platform.PRACTICES + "/api/practices/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), user);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String awaitDraft(String user, String marker) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode item : Api.get(Platform.PRACTICES + "/api/practices/mine", user).json().path("items")) {
                if (item.path("title").asText().contains(marker)) {
                    found[0] = item.path("id").asText();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }


    private static String marker() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
