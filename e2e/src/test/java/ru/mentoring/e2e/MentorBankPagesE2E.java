package ru.mentoring.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The methodist finds mentors in «Банк наставников» by strength and opens a mentor's card. The two
 * mentors are created here through the API, told apart from anyone else in the bank by a marker in
 * their organisation, so the test needs no demo data.
 */
class MentorBankPagesE2E extends BrowserE2E {

    private static final String STRENGTH = "работа с детьми с ОВЗ";

    @Override
    protected String screenshotName() {
        return "mentor-bank";
    }

    @Test
    void methodistFiltersTheBankByStrengthAndOpensTheMentorsCard() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String marker = "Лицей-" + suffix;
        String withStrength = "Ковалевская Софья Васильевна " + marker;
        String without = "Лобачевский Николай Иванович " + marker;
        register(Map.ofEntries(Map.entry("fullName", withStrength), Map.entry("kind", "TEACHER"),
                Map.entry("capacity", 3), Map.entry("organisation", marker),
                Map.entry("position", "учитель-дефектолог"),
                Map.entry("strengths", List.of(STRENGTH, "формирующее оценивание")),
                Map.entry("qualificationCategory", "высшая"), Map.entry("experienceYears", 7),
                Map.entry("preferredMenteeAge", "молодые педагоги"),
                Map.entry("achievements", "Лауреат конкурса «Педагог-наставник»"),
                Map.entry("associationMember", true), Map.entry("email", "kovalevskaya-" + suffix + "@example.ru")));
        register(Map.of("fullName", without, "kind", "TEACHER", "capacity", 2, "organisation", marker,
                "strengths", List.of("профориентация")));

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(Platform.PORTAL + "/bank");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("methodist");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(Platform.PORTAL + "/bank"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Банк наставников");

        // the marker alone finds both of this test's mentors
        search(driver, wait, marker, null);
        assertThat(bankTable(driver)).contains(withStrength).contains(without);

        // the strength narrows it to the one who has it
        search(driver, wait, marker, STRENGTH);
        String table = bankTable(driver);
        assertThat(table).contains(withStrength).doesNotContain(without).contains(STRENGTH).contains("3 из 3");
        assertThat(new Select(driver.findElement(By.id("strength"))).getFirstSelectedOption().getText())
                .as("the filter stays set on the results page").isEqualTo(STRENGTH);
        browser.screenshot("mentor-bank-filtered");

        driver.findElement(By.linkText(withStrength)).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), withStrength));
        String card = driver.findElement(By.tagName("main")).getText();
        assertThat(card)
                .contains("Квалификационная категория").contains("высшая")
                .contains("Педагогический стаж").contains("7 лет")
                .contains("Желаемый возраст наставляемых").contains("молодые педагоги")
                .contains("Достижения и награды").contains("Лауреат конкурса «Педагог-наставник»")
                .contains("Член ассоциации наставников")
                .contains("Время для наставничества").contains("не указано")
                .contains("Электронная почта").contains("свободно").contains("в ожидании решения")
                .doesNotContain("TEACHER").doesNotContain("null");
        passed = true;
    }

    private static void register(Map<String, Object> mentor) {
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", mentor);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static void search(WebDriver driver, WebDriverWait wait, String text, String strength) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(text);
        Select select = new Select(driver.findElement(By.id("strength")));
        if (strength == null) {
            select.selectByValue("");
        } else {
            select.selectByVisibleText(strength);
        }
        WebElement button = driver.findElement(By.cssSelector("form.filters button[type=submit]"));
        button.click();
        Browser.waitUntilGone(wait, button);
    }

    private static String bankTable(WebDriver driver) {
        List<WebElement> tables = driver.findElements(By.id("bank-table"));
        assertThat(tables).as("the results table on " + driver.getCurrentUrl()).isNotEmpty();
        return tables.getFirst().getText();
    }
}
