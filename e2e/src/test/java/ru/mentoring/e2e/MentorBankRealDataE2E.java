package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor bank on a school's real data, as its users work in the browser: the methodist imports a
 * school's own sheet after a preview and maps its unmatched phrase once for every mentor; a curator finds
 * mentors by a word in another form, sees what matched, asks only where a seat is free and withdraws a
 * request after a confirmation; mentor1's header and profile name one person; nothing is removed without
 * being asked. Every mentor is created here, told apart by a tag, so no demo data is needed.
 */
class MentorBankRealDataE2E extends BrowserE2E {

    private final String tag = "т" + UUID.randomUUID().toString().substring(0, 8);
    /** The tag in Latin letters, for e-mail addresses (a Cyrillic local part is not taken for an address). */
    private final String mailTag = tag.substring(1);

    @Override
    protected String screenshotName() {
        return "mentor-bank-real-data";
    }

    @Test
    void methodistImportsASchoolsOwnSheetAfterAPreviewAndMapsItsPhraseOnce() throws IOException {
        String phrase = "оценочная деятельность " + tag;
        Path sheet = schoolSheet(phrase);
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/bank/import", "methodist");

        new Select(driver.findElement(By.id("school"))).selectByValue("2");
        driver.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));

        String preview = driver.findElement(By.tagName("main")).getText();
        assertThat(preview).contains("Будет загружено наставников: 3", "Не загружается строк: 2", "Пустых строк пропущено: 1",
                "не адрес электронной почты", "уже есть, не загружается", phrase, "Загрузить в банк");
        assertThat(mentors()).as("a preview writes nothing").isEmpty();
        browser.screenshot("mentor-import-preview");

        driver.findElement(By.id("confirm-import")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "Загружено наставников: 3"));
        List<JsonNode> imported = mentors();
        assertThat(imported).hasSize(3).allSatisfy(m -> assertThat(m.path("homeSchoolId").asText()).isEqualTo("2"));
        assertThat(imported).allSatisfy(m -> assertThat(m.path("forms").toString()).contains("TEACHER_PUPIL"));

        driver.get(Platform.PORTAL + "/catalogues/own-strengths");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr[data-phrase='" + phrase + "']")));
        assertThat(row.getText()).contains(phrase, "2");
        new Select(row.findElement(By.name("competencyCode"))).selectByValue("formative_assessment");
        row.findElement(By.xpath(".//button[normalize-space()='Сопоставить']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "обновлено наставников — 2"));

        assertThat(mentors()).filteredOn(m -> m.path("strengths").toString().contains("формирующее оценивание"))
                .hasSize(2).allSatisfy(m -> assertThat(m.path("ownStrengths").toString()).doesNotContain(phrase));
        passed = true;
    }

    @Test
    void curatorFindsMentorsByAWordInAnotherFormAsksOnlyWhereASeatIsFreeAndWithdraws() {
        String free = register("Свободнова Светлана " + tag, "2", 2);
        String own = register("Своя Серафима " + tag, "1", 2);
        String full = register("Занятова Зинаида " + tag, "2", 1);
        assertThat(Api.post(Platform.MENTOR_BANK + "/api/mentor-requests", "curator3",
                Map.of("mentorId", full, "need", "Молодой учитель " + tag)).status()).isEqualTo(201);

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String search = "/directory?strength=" + enc("проектной") + "&q=" + enc(tag);
        Browser.signIn(driver, wait, search, "curator1");
        // the directory is fed through Kafka: the three mentors and the taken seat arrive within seconds
        wait.until(d -> {
            d.get(Platform.PORTAL + search);
            List<WebElement> rows = d.findElements(By.cssSelector("#directory-table tbody tr"));
            return rows.size() == 3 && d.findElement(By.id("directory-table")).getText().contains("нет свободных мест");
        });

        WebElement freeRow = driver.findElement(By.cssSelector("tr[data-mentor-id='" + free + "']"));
        assertThat(freeRow.getText()).contains("Найдено: сильная сторона: проектная деятельность", "Запросить");
        assertThat(driver.findElement(By.cssSelector("tr[data-mentor-id='" + own + "']")).getText())
                .contains("наставник вашей школы").doesNotContain("Запросить");
        assertThat(driver.findElement(By.cssSelector("tr[data-mentor-id='" + full + "']")).getText())
                .contains("нет свободных мест").doesNotContain("Запросить");
        browser.screenshot("directory-search");

        freeRow.findElement(By.tagName("summary")).click();
        freeRow.findElement(By.name("need")).sendKeys("Молодой учитель технологии, проекты в 6 классе");
        freeRow.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Запрос отправлен"));

        driver.get(Platform.PORTAL + "/requests");
        WebElement request = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='requests-table']//tr[td[contains(., 'Свободнова Светлана " + tag + "')]]")));
        assertThat(request.getText()).contains("Смирнова Ирина", "ожидает решения").doesNotContain("curator1");
        request.findElement(By.linkText("Отозвать")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Отозвать запрос"));
        assertThat(Api.get(Platform.MENTOR_BANK + "/api/mentors/" + free, "methodist").json().path("freeCapacity").asInt())
                .as("asking is not withdrawing: the seat is still held").isEqualTo(1);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Запрос отозван"));
        assertThat(driver.findElement(By.id("requests-table")).getText()).contains("отозван школой");
        assertThat(Api.get(Platform.MENTOR_BANK + "/api/mentors/" + free, "methodist").json().path("freeCapacity").asInt())
                .isEqualTo(2);
        passed = true;
    }

    @Test
    void mentor1sHeaderAndProfileNameOnePersonAndLeavingTheBankIsAskedFirst() {
        mentor1HasAnActiveProfile();
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/me", "mentor1");

        String header = driver.findElement(By.cssSelector(".who .name")).getText();
        String profile = driver.findElement(By.cssSelector("dl.card-fields dd")).getText();
        assertThat(header).isEqualTo("Иванова Мария");
        assertThat(profile).startsWith(header);

        driver.findElement(By.linkText("Выйти из банка")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Выйти из банка наставников"));
        driver.findElement(By.linkText("Отмена")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Мой профиль"));
        assertThat(driver.findElement(By.id("my-status")).getText()).as("going back changed nothing").isEqualTo("работает");

        driver.findElement(By.xpath("//button[normalize-space()='Взять паузу']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "на паузе"));
        driver.findElement(By.xpath("//button[normalize-space()='Снять паузу']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("my-status"), "работает"));
        passed = true;
    }

    @Test
    void theMethodistsDirectoryShowsEveryMentorAndTakingOneOffTheListIsAskedFirst() {
        String mentor = register("Списочная Светлана " + tag, "3", 2);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        String year = start + "/" + (start + 1);
        assertThat(Api.post(Platform.MENTOR_BANK + "/api/municipal-mentors", "methodist",
                Map.of("year", year, "mentorId", mentor)).status()).isEqualTo(201);

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/directory", "methodist");
        assertThat(driver.findElement(By.id("directory-scope")).getText()).contains("Показаны все наставники банка");

        driver.get(Platform.PORTAL + "/municipal-list?year=" + enc(year));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='municipal-table']//tr[td[contains(., 'Списочная Светлана " + tag + "')]]")));
        row.findElement(By.linkText("Исключить")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Исключить из списка"));
        assertThat(listed(year)).as("one click asks, it removes nothing").contains(mentor);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "исключён из списка"));
        assertThat(listed(year)).doesNotContain(mentor);
        passed = true;
    }

    private String register(String name, String school, int capacity) {
        Api.Answer created = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of("fullName", name,
                "kind", "TEACHER", "capacity", capacity, "homeSchoolId", school, "visibility", "MUNICIPAL",
                "strengths", List.of("проектная деятельность"), "forms", List.of("TEACHER_TEACHER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private List<JsonNode> mentors() {
        List<JsonNode> found = new ArrayList<>();
        Api.get(Platform.MENTOR_BANK + "/api/mentors?q=" + enc(tag), "methodist").json().path("items").forEach(found::add);
        return found;
    }

    private static List<String> listed(String year) {
        List<String> ids = new ArrayList<>();
        Api.get(Platform.MENTOR_BANK + "/api/municipal-mentors?year=" + enc(year), "methodist").json().path("items")
                .forEach(i -> ids.add(i.path("mentorId").asText()));
        return ids;
    }

    /** mentor1 of the realm is linked by e-mail to the bank's «Иванова Мария Сергеевна», working in the bank. */
    private static void mentor1HasAnActiveProfile() {
        if (Api.get(Platform.MENTOR_BANK + "/api/me/mentor-profile", "mentor1").status() == 404) {
            assertThat(Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of("fullName",
                    "Иванова Мария Сергеевна", "kind", "TEACHER", "capacity", 2, "homeSchoolId", "1",
                    "email", "mentor1@mentoring.local")).status()).isEqualTo(201);
        }
        int resumed = Api.post(Platform.MENTOR_BANK + "/api/me/mentor-profile/resume", "mentor1", Map.of()).status();
        assertThat(resumed).isIn(200, 409);
    }

    /**
     * A school's base as schools keep it: a merged title, the target model's headers with the mentee's
     * columns, competencies and forms in the school's words, an empty row, a bad e-mail, a duplicate and a footer.
     */
    private Path schoolSheet(String phrase) throws IOException {
        Path file = Files.createTempFile("база-наставников-", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Наставники");
            List<String> headers = List.of("№ п/п", "ФИО наставника", "Контактные данные для связи",
                    "Основные компетенции наставника", "Форма наставничества", "ФИО наставляемого (наставляемых)");
            sheet.createRow(0).createCell(0).setCellValue("База наставников на учебный год");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            write(sheet, 2, headers);
            write(sheet, 3, List.of("1", "Первова Полина " + tag, "pervova-" + mailTag + "@school.example.ru",
                    "Критериальное и формирующее оценивание; " + phrase, "учитель-ученик", "Петров Пётр"));
            write(sheet, 4, List.of("2", "Вторых Вера " + tag, "+7 900 000-00-02, vtorykh@", phrase + "\nпроектной деятельности",
                    "Учитель–ученик", ""));
            write(sheet, 5, List.of());
            write(sheet, 6, List.of("3", "Третьякова Тамара " + tag, "tretyakova-" + mailTag + "@school.example.ru",
                    "подготовка к ОГЭ", "учитель – ученик", ""));
            write(sheet, 7, List.of("4", "Первова Полина " + tag, "pervova-" + mailTag + "@school.example.ru", "", "", ""));
            write(sheet, 8, List.of("", "Куратор: ______ Смирнова И. А.", "", "", "", ""));
            workbook.write(out);
        }
        return file;
    }

    private static void write(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }


    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
