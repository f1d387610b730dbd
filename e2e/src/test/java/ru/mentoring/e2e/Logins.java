package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/** Signing in as the tests do: with a password, a new login's temporary one read from its letter and changed on the way. */
final class Logins {

    private static final String SMTP_API = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");

    private Logins() {
    }

    /** The temporary password of a mentee's new login, from the letter on the SMTP server. */
    static String temporaryPassword(String address) {
        String[] found = new String[1];
        await("the login letter to " + address).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Api.Answer inbox = Api.getAnonymous(SMTP_API + "/api/user/" + address + "/messages/INBOX");
                    if (inbox.status() != 200) {
                        return false;
                    }
                    for (JsonNode message : inbox.json()) {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Временный пароль: (\\S+)")
                                .matcher(MimeText.of(message.path("mimeMessage").asText()));
                        if (m.find()) {
                            found[0] = m.group(1);
                        }
                    }
                    return found[0] != null;
                });
        return found[0];
    }

    /** Signs in through Keycloak; a temporary password is changed on the way, as Keycloak asks. */
    static void signIn(WebDriver driver, WebDriverWait wait, String path, String user, String password) {
        driver.get(Platform.PORTAL + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Platform.PORTAL) || !d.findElements(By.id("password-new")).isEmpty());
        if (!driver.findElements(By.id("password-new")).isEmpty()) {
            String fresh = "Own-pass-" + ThreadLocalRandom.current().nextInt(100000, 999999);
            driver.findElement(By.id("password-new")).sendKeys(fresh);
            driver.findElement(By.id("password-confirm")).sendKeys(fresh);
            driver.findElement(By.cssSelector("form [type=submit]")).click();
        }
        wait.until(ExpectedConditions.urlToBe(Platform.PORTAL + path));
    }
}
