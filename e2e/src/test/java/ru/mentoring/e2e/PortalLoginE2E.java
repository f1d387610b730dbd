package ru.mentoring.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A curator signs in to the portal through Keycloak's login page and finds a new mentor in the directory. */
class PortalLoginE2E extends BrowserE2E {

    @Override
    protected String screenshotName() {
        return "portal-login";
    }

    @Test
    void curatorSignsInThroughKeycloakAndSeesTheNewMentorInTheDirectory() {
        String name = "Браузерная Наставница " + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of(
                "fullName", name, "kind", "UNIVERSITY_STUDENT", "capacity", 3, "homeSchoolId", "2",
                "strengths", List.of("проектная деятельность")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(Platform.PORTAL + "/directory");

        // not signed in: the portal hands over to Keycloak's login page
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(Platform.KEYCLOAK + "/realms/mentoring/")
                .contains("client_id=mentoring-portal");
        driver.findElement(By.id("username")).sendKeys("curator1");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();

        // and back on the page first asked for
        wait.until(ExpectedConditions.urlToBe(Platform.PORTAL + "/directory"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Справочник наставников");
        assertThat(driver.findElement(By.cssSelector(".site-header")).getText()).contains("куратор").contains("Выйти");

        // the mentor travels bank → Kafka → school service: refresh until it is there
        await("«" + name + "» in the portal's directory").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (driver.findElements(By.cssSelector("table.table")).stream()
                            .anyMatch(table -> table.getText().contains(name))) {
                        return true;
                    }
                    driver.navigate().refresh();
                    return false;
                });
        assertThat(driver.findElement(By.cssSelector("table.table")).getText()).contains("Студент вуза");

        // contacts: school 1 may not see those of school 2's mentor; its own mentor's it may
        driver.get(Platform.PORTAL + "/directory/" + created.json().path("id").asText() + "/contacts");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Контакты наставника видят методист");
        String email = "own-" + UUID.randomUUID().toString().substring(0, 8) + "@school1.example.ru";
        Api.Answer own = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of(
                "fullName", "Своя Наставница " + UUID.randomUUID().toString().substring(0, 8), "kind", "TEACHER",
                "capacity", 2, "homeSchoolId", "1", "email", email));
        driver.get(Platform.PORTAL + "/directory/" + own.json().path("id").asText() + "/contacts");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(email);
        passed = true;
    }
}
