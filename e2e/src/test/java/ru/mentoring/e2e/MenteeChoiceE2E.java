package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's mutual choice by the mentee themself, in a real browser: a pupil of school 1 with the login the
 * curator gave signs in, reads their shortlist with every score explained, picks the mentor whose strength is
 * their request, and the pair waits for that mentor's answer — the curator sees it among the school's pairs,
 * and the pupil's shortlist says it is waiting. Everything is made here through the APIs.
 */
class MenteeChoiceE2E extends BrowserE2E {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Override
    protected String screenshotName() {
        return "mentee-choice";
    }

    @Test
    void aPupilPicksTheirMentorFromTheirOwnShortlistAndThePairWaitsForTheMentor() {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 1000000));
        String strength = "шахматная композиция " + n;
        String mentorName = "Шахов Олег " + n;
        Api.Answer made = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of("fullName", mentorName,
                "kind", "TEACHER", "capacity", 2, "homeSchoolId", "2", "email", "shakhov-" + n + "@school2.example.ru",
                "position", "учитель математики", "forms", List.of("TEACHER_PUPIL"), "visibility", "MUNICIPAL",
                "subjects", List.of("математика"), "ownStrengths", List.of(strength)));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String mentorId = made.json().path("id").asText();
        await("the mentor in school 1's directory").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Api.get(Platform.SCHOOL + "/api/directory/mentors", "curator1").body().contains(mentorId));

        LocalDate today = LocalDate.now(MOSCOW);
        String guardian = "Лебедева Ирина " + n;
        Api.Answer pupil = Api.post(Platform.SCHOOL + "/api/mentees", "curator1", Map.of("fullName", "Лебедева Ася " + n,
                "kind", "PUPIL", "birthDate", today.minusYears(14).toString(), "grade", "8А", "guardianName", guardian,
                "request", strength));
        assertThat(pupil.status()).as(pupil.toString()).isEqualTo(201);
        String pupilId = pupil.json().path("id").asText();
        Api.Answer consent = Api.post(Platform.SCHOOL + "/api/mentees/" + pupilId + "/consents", "curator1",
                Map.of("kind", "PROCESSING", "signedBy", "GUARDIAN", "signerName", guardian, "signedOn", today.toString()));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        String email = "e2e-choice-" + n + "@example.ru";
        Api.Answer login = Api.post(Platform.SCHOOL + "/api/mentees/" + pupilId + "/login", "curator1", Map.of("email", email));
        assertThat(login.status()).as(login.toString()).isEqualTo(201);

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Logins.signIn(driver, wait, "/my-choice", login.json().path("username").asText(), Logins.temporaryPassword(email));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Выбор наставника");
        WebElement row = driver.findElement(By.cssSelector("#shortlist tr[data-mentor-id='" + mentorId + "']"));
        assertThat(row.getText()).contains(mentorName, strength, "учитель – ученик");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.urlToBe(Platform.PORTAL + "/my-pairs"));
        assertThat(driver.findElement(By.cssSelector(".alert.success")).getText()).contains("Вы выбрали наставника: " + mentorName);

        JsonNode waiting = Api.get(Platform.SCHOOL + "/api/pairs?status=AWAITING_MENTOR", "curator1").json().path("items");
        assertThat(waiting.findValuesAsText("mentorId")).as("the curator sees the pupil's pick waiting for the mentor")
                .contains(mentorId);
        driver.get(Platform.PORTAL + "/my-choice");
        assertThat(driver.findElement(By.id("choice-closed")).getText()).contains(mentorName, "ждёт ответа");
        passed = true;
    }
}
