package ru.mentoring.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9's mentee login in a real browser: a curator gives a pupil of 12 a login from the card. Refused while
 * the parent's processing consent is missing (the reason under the address, the address kept), given once
 * it is recorded (the letter with the temporary password reaches the mailbox), then switched off after a
 * confirmation.
 */
class MenteeLoginE2E extends BrowserE2E {

    private static final String SMTP_API = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");

    @Override
    protected String screenshotName() {
        return "mentee-login";
    }

    @Test
    void aPupilsLoginWaitsForTheParentsConsentThenReachesTheMailboxAndIsSwitchedOff() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 1000000));
        String pupil = "Входов Павел " + n;
        String email = "login-" + n + "@parents.example.ru";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        Api.Answer created = Api.post(Platform.SCHOOL + "/api/mentees", "curator1", Map.of("fullName", pupil,
                "kind", "PUPIL", "grade", "6А", "birthDate", today.minusYears(12).minusDays(20).toString(),
                "guardianName", "Входова Ольга " + n));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/mentees/" + id, "curator1");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), pupil));

        giveLogin(driver, wait, email);
        WebElement field = driver.findElement(By.cssSelector("[data-field=email]"));
        assertThat(field.getText()).contains("Несовершеннолетнему вход выдаётся только при действующем согласии");
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);

        Api.Answer consent = Api.post(Platform.SCHOOL + "/api/mentees/" + id + "/consents", "curator1", Map.of(
                "kind", "PROCESSING", "signedBy", "GUARDIAN", "signerName", "Входова Ольга " + n,
                "signedOn", today.toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        driver.get(Platform.PORTAL + "/mentees/" + id);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), pupil));
        giveLogin(driver, wait, email);
        String login = driver.findElement(By.id("login")).getText();
        assertThat(login).contains(email, "действует с").doesNotContain("Выдать вход");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Вход выдан");
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(email).contains("Вход в платформу"));
        browser.screenshot("mentee-login-given");

        driver.findElement(By.cssSelector("#login details.confirm summary")).click();
        WebElement confirm = driver.findElement(By.cssSelector("#login details.confirm button[type=submit]"));
        confirm.click();
        Browser.waitUntilGone(wait, confirm);
        assertThat(driver.findElement(By.id("login")).getText()).contains("отключён", "Выдать вход");
        passed = true;
    }

    private static void giveLogin(WebDriver driver, WebDriverWait wait, String email) {
        WebElement field = driver.findElement(By.id("email"));
        field.clear();
        field.sendKeys(email);
        WebElement button = driver.findElement(By.cssSelector("#login-form button[type=submit]"));
        button.click();
        Browser.waitUntilGone(wait, button);
    }

    private static String inbox(String address) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SMTP_API + "/api/user/" + address + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : "";
    }
}
