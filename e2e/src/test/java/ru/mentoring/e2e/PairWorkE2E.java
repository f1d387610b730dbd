package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9 in a real browser. Two pairs of school 1 go from their first meeting to completion: a pupil with
 * a teacher of school 2 (mentor2, who sees the pupil only as the minimal card) and a young teacher with
 * mentor1. The mentors keep the plans and log meetings, the pupil (a login the curator issued, its temporary
 * password read from the mail) confirms a meeting and assesses, the curator watches the oversight board —
 * an overdue task and a silent pair once the school's clock is four weeks on — flags a concern, confirms the
 * teacher pair's meetings and proposes the completed pupil pair to the library (refused while the pupil's
 * distribution consent is missing, a draft once it is recorded). Completion gives the mentors' seats back
 * in the mentor bank; the teacher pair's plan and the order on results read back from PDF and DOCX.
 * Everything the test starts from is made here through the APIs; the school's clock is put back at the end.
 */
class PairWorkE2E extends BrowserE2E {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Override
    protected String screenshotName() {
        return "pair-work";
    }

    @AfterEach
    void clockBack() {
        moveSchoolClock("PT0S");
    }

    @Test
    void aPupilPairAndATeacherPairGoFromTheirFirstMeetingToCompletion() throws Exception {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        moveSchoolClock("PT0S");
        LocalDate today = LocalDate.now(MOSCOW);
        String pupilSurname = "Лучин" + n;
        String pupil = pupilSurname + " Пётр Ильич";
        String guardian = "Лучина Ольга " + n;
        String teacher = "Гордеева Анна " + n;

        // the mentors: mentor1 (school 1) and mentor2 (school 2, municipal), each with a free seat
        String mentor1 = bankMentor("mentor1", "Иванова Мария Сергеевна", "1", "mentor1@mentoring.local", "TEACHER_TEACHER");
        String mentor2 = bankMentor("mentor2", "Петров Алексей Викторович", "2", "mentor2@school2.example.ru", "TEACHER_PUPIL");
        int mentor1Free = freeSeats(mentor1);
        int mentor2Free = freeSeats(mentor2);
        inDirectoryOfSchool1(mentor1, mentor2);

        // school 1's pupil (a minor: the parent's consent) and young teacher, their pairs active
        String pupilId = mentee(Map.of("fullName", pupil, "kind", "PUPIL", "birthDate", today.minusYears(13).toString(),
                "grade", "7Б", "guardianName", guardian, "request", "подтянуть математику"));
        consent(pupilId, "PROCESSING", "GUARDIAN", guardian);
        String teacherId = mentee(Map.of("fullName", teacher, "kind", "TEACHER", "position", "учитель информатики",
                "subject", "информатика", "experienceYears", 1));
        consent(teacherId, "PROCESSING", "SELF", teacher);
        String pupilPair = pair(mentor2, pupilId, "TEACHER_PUPIL", today.plusMonths(8));
        String teacherPair = pair(mentor1, teacherId, "TEACHER_TEACHER", today.plusMonths(6));
        labourChecklist(teacherPair, n, today);
        active(pupilPair);
        active(teacherPair);
        await("mentor1's seat held by the bank").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> freeSeats(mentor1) == mentor1Free - 1);

        // the pupil's own login: issued by the curator, the temporary password comes by mail
        Api.Answer login = Api.post(Platform.SCHOOL + "/api/mentees/" + pupilId + "/login", "curator1",
                Map.of("email", "e2e-mentee-" + n + "@example.ru"));
        assertThat(login.status()).as(login.toString()).isEqualTo(201);
        String menteeUser = login.json().path("username").asText();
        String menteePassword = Logins.temporaryPassword("e2e-mentee-" + n + "@example.ru");

        // mentor2, of school 2, reads the pupil as the minimal card, saves the plan, adds a task, logs a meeting
        String dueSoon = "Решить вариант ОГЭ " + n;
        try (Browser other = new Browser()) {
            WebDriver driver = other.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            Logins.signIn(driver, wait, "/my-pairs", "mentor2", "demo");
            WebElement row = driver.findElement(By.cssSelector("#my-pairs tr[data-pair='" + pupilPair + "']"));
            assertThat(row.getText()).contains("Пётр", "7Б", "Куратор").doesNotContain(pupilSurname);
            driver.get(Platform.PORTAL + "/my-pairs/" + pupilPair);
            assertThat(driver.findElement(By.id("minimal-card")).getText()).contains("вы видите только имя и класс");
            assertThat(main(driver)).doesNotContain(pupilSurname).doesNotContain(guardian)
                    .doesNotContain("подтянуть математику");
            assertThat(Api.get(Platform.SCHOOL + "/api/me/pairs/" + pupilPair, "mentor2").body())
                    .doesNotContain(pupilSurname).doesNotContain(guardian);

            driver.findElement(By.cssSelector("#plan-draft a")).click();
            type(driver, "difficulties", "Пробелы в алгебре 5–6 классов");
            type(driver, "goals", "Уверенная «4» по математике");
            submit(driver, wait, "form.plan-form");
            assertThat(main(driver)).contains("План сохранён");
            driver.get(Platform.PORTAL + "/pairs/" + pupilPair + "/plan/tasks/new");
            Select section = new Select(driver.findElement(By.id("section")));
            section.selectByIndex(1);
            type(driver, "title", dueSoon);
            date(driver, "dueOn", today.plusDays(7));
            submit(driver, wait, "form.task-form");
            assertThat(driver.findElement(By.id("plan")).getText()).contains(dueSoon);

            logMeeting(driver, wait, pupilPair, "ACQUAINTANCE", "Знакомство и цели", today);
            assertThat(main(driver)).contains("Её подтвердит наставляемый или куратор", "ждёт подтверждения");
            other.screenshot("pair-work-mentor2");
        }

        // the pupil confirms the meeting and gives an assessment of their own
        try (Browser own = new Browser()) {
            WebDriver driver = own.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            Logins.signIn(driver, wait, "/my-pairs", menteeUser, menteePassword);
            assertThat(main(driver)).contains("Встреч ждут вашего подтверждения: 1");
            driver.get(Platform.PORTAL + "/my-pairs/" + pupilPair);
            assertThat(driver.findElement(By.id("plan")).getText()).contains(dueSoon, "Уверенная «4» по математике");
            assertThat(driver.findElements(By.cssSelector("#plan form[action$='/done']"))).as("a mentee reads the plan").isEmpty();
            submit(driver, wait, "#meetings-table form[action$='/confirmation']");
            assertThat(driver.findElement(By.id("meetings-table")).getText()).contains("подтверждена");
            driver.get(Platform.PORTAL + "/pairs/" + pupilPair + "/assessment");
            type(driver, "score", "9");
            type(driver, "text", "Стало понятнее");
            submit(driver, wait, "form.assessment-form");
            assertThat(main(driver)).contains("Оценка сохранена: 9 из 10");
        }

        // four weeks on: the pupil's task is overdue, the teacher pair has not met at all
        moveSchoolClock("P28D");
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Logins.signIn(driver, wait, "/oversight", "curator1", "demo");
        WebElement pupilRow = driver.findElement(By.id("pair-" + pupilPair));
        assertThat(Integer.parseInt(pupilRow.findElement(By.cssSelector(".overdue-tasks")).getText())).isPositive();
        WebElement teacherRow = driver.findElement(By.id("pair-" + teacherPair));
        assertThat(teacherRow.findElement(By.cssSelector(".flag-silent")).getText()).startsWith("нет встреч");
        assertThat(teacherRow.findElements(By.cssSelector("details"))).as("no concern form for teachers").isEmpty();
        browser.screenshot("pair-work-oversight");
        pupilRow.findElement(By.cssSelector("details summary")).click();
        pupilRow.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Пропустил задание к сроку");
        submit(driver, wait, "#pair-" + pupilPair + " details form");
        assertThat(main(driver)).contains("Опасение отмечено");
        assertThat(driver.findElement(By.id("pair-" + pupilPair)).getText()).contains("Пропустил задание к сроку");
        driver.get(Platform.PORTAL + "/");
        assertThat(driver.findElement(By.id("next-steps")).getText()).contains("Просроченных задач в планах пар",
                "Пар без встреч");

        // mentor1 keeps the teacher pair's plan, logs its meetings up to the final one and completes it
        String teacherTask = "Открытый урок по информатике " + n;
        try (Browser other = new Browser()) {
            WebDriver m = other.driver;
            WebDriverWait w = new WebDriverWait(m, Duration.ofSeconds(30));
            Logins.signIn(m, w, "/my-pairs/" + teacherPair, "mentor1", "demo");
            assertThat(m.findElements(By.id("minimal-card"))).as("a pair of the mentor's own school").isEmpty();
            assertThat(main(m)).contains(teacher);
            m.findElement(By.cssSelector("#plan-draft a")).click();
            type(m, "difficulties", "Планирование уроков, дисциплина");
            type(m, "goals", "Самостоятельно вести 8–9 классы");
            submit(m, w, "form.plan-form");
            m.get(Platform.PORTAL + "/pairs/" + teacherPair + "/plan/tasks/new");
            new Select(m.findElement(By.id("section"))).selectByIndex(1);
            type(m, "title", teacherTask);
            date(m, "dueOn", today.plusDays(40));
            submit(m, w, "form.task-form");
            submit(m, w, "#plan form[action$='/done']");
            assertThat(main(m)).contains("Задача отмечена выполненной");

            logMeeting(m, w, teacherPair, "ACQUAINTANCE", "Знакомство", today);
            logMeeting(m, w, teacherPair, "FINAL", "Итоги года", today);
            m.get(Platform.PORTAL + "/pairs/" + teacherPair + "/meetings/new?kind=FINAL");
            type(m, "topic", "Ещё одни итоги");
            submit(m, w, "form.meeting-form");
            assertThat(m.findElement(By.cssSelector("[data-field=kind] .error-text")).getText())
                    .as("a second final meeting is refused under its field").isNotBlank();
            assertThat(m.findElement(By.id("topic")).getAttribute("value")).isEqualTo("Ещё одни итоги");
            other.screenshot("pair-work-mentor1");
        }

        // the curator confirms mentor1's meetings: the young teacher has no login
        driver.get(Platform.PORTAL + "/pairs/" + teacherPair);
        for (int left = 2; left > 0; left--) {
            submit(driver, wait, "#meetings-table form[action$='/confirmation']");
            assertThat(main(driver)).contains("Встреча подтверждена");
        }
        assertThat(driver.findElements(By.cssSelector("#meetings-table form[action$='/confirmation']"))).isEmpty();

        // mentor1 completes the teacher pair: the readiness verdict is asked for, then once more the whole
        try (Browser other = new Browser()) {
            WebDriver m = other.driver;
            WebDriverWait w = new WebDriverWait(m, Duration.ofSeconds(30));
            Logins.signIn(m, w, "/pairs/" + teacherPair + "/completion", "mentor1", "demo");
            type(m, "results", "Ведёт уроки самостоятельно " + n);
            type(m, "mentorScore", "8");
            m.findElement(By.cssSelector("input[name=decision][value=STOP]")).click();
            submit(m, w, "form.completion-form");
            assertThat(m.findElement(By.cssSelector("[data-field=readiness]")).getText())
                    .contains("укажите вывод о готовности");
            assertThat(m.findElement(By.id("results")).getAttribute("value")).isEqualTo("Ведёт уроки самостоятельно " + n);
            m.findElement(By.cssSelector("input[name=readiness][value=READY_WITH_SUPPORT]")).click();
            submit(m, w, "form.completion-form");
            assertThat(m.findElement(By.id("confirm")).getText()).contains("Завершить наставничество?");
            submit(m, w, "form[action$='/completion']");
            assertThat(m.findElement(By.id("pair-status")).getText()).isEqualTo("завершена");
        }
        driver.get(Platform.PORTAL + "/pairs/" + teacherPair);
        assertThat(driver.findElement(By.id("completion")).getText()).contains("Ведёт уроки самостоятельно " + n,
                "готов при условии дополнительного сопровождения");

        // mentor2 ends the pupil pair: the final meeting, then completion
        try (Browser other = new Browser()) {
            WebDriver m = other.driver;
            WebDriverWait w = new WebDriverWait(m, Duration.ofSeconds(30));
            Logins.signIn(m, w, "/my-pairs/" + pupilPair, "mentor2", "demo");
            logMeeting(m, w, pupilPair, "FINAL", "Итоговая встреча", today);
            m.get(Platform.PORTAL + "/pairs/" + pupilPair + "/completion");
            assertThat(m.findElements(By.cssSelector("[data-field=readiness]"))).as("no verdict for a pupil").isEmpty();
            type(m, "results", "Четверть закрыта на «4» " + n);
            type(m, "mentorScore", "9");
            m.findElement(By.cssSelector("input[name=decision][value=STOP]")).click();
            submit(m, w, "form.completion-form");
            submit(m, w, "form[action$='/completion']");
            assertThat(m.findElement(By.id("pair-status")).getText()).isEqualTo("завершена");
        }

        // the seats go back to the mentor bank's count
        await("mentor1's seat given back").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> freeSeats(mentor1) == mentor1Free);
        await("mentor2's seat given back").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> freeSeats(mentor2) == mentor2Free);

        // a practice from the completed pupil pair: refused while the pupil's distribution consent is missing
        String practice = "Математика без страха " + n;
        driver.get(Platform.PORTAL + "/pairs/" + pupilPair + "/practice-proposal");
        type(driver, "title", practice);
        driver.findElement(By.cssSelector("input[name=participants]")).click();
        submit(driver, wait, "form.proposal-form");
        assertThat(driver.findElement(By.cssSelector("[data-field=participants]")).getText())
                .contains("Нет согласия на распространение", pupilSurname);
        consent(pupilId, "DISTRIBUTION", "GUARDIAN", guardian);
        driver.get(Platform.PORTAL + "/pairs/" + pupilPair + "/practice-proposal");
        type(driver, "title", practice);
        WebElement participant = driver.findElement(By.cssSelector("input[name=participants]"));
        assertThat(participant.getAttribute("value")).doesNotStartWith("missing:");
        participant.click();
        submit(driver, wait, "form.proposal-form");
        assertThat(main(driver)).contains("Пара предложена в библиотеку практик");
        await("the draft in the practice library").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Api.get(Platform.PRACTICES + "/api/practices/mine", "curator1").body().contains(practice));

        // the teacher pair's plan and the order on results read back from PDF and DOCX
        Cookie session = driver.manage().getCookieNamed("PORTAL_SESSION");
        for (String format : List.of("pdf", "docx")) {
            assertThat(text(session, "/pairs/" + teacherPair + "/plan/document?format=" + format, format))
                    .as("the plan as " + format).contains(teacher, teacherTask, "Самостоятельно вести 8–9 классы",
                            "Иванова Мария Сергеевна");
            String year = schoolYear(today.plusDays(28));
            assertThat(text(session, "/documents/results-order?year=" + URLEncoder.encode(year, StandardCharsets.UTF_8)
                    + "&format=" + format, format)).as("the order on results as " + format)
                    .contains("ПРИКАЗ", teacher, "Ведёт уроки самостоятельно " + n, pupil);
        }
        driver.get(Platform.PORTAL + "/documents");
        assertThat(driver.findElement(By.id("ended-pairs")).getText()).contains(teacher, pupil);
        browser.screenshot("pair-work-documents");
        passed = true;
    }

    // --- the platform through its APIs

    /** The school service's clock, moved for this test run (test runs only: {@code CLOCK_ADJUSTABLE}). */
    private static void moveSchoolClock(String offset) {
        Api.Answer moved = Api.put(Platform.SCHOOL + "/admin/clock", "admin", Map.of("offset", offset));
        assertThat(moved.status()).as("the school's clock moved " + offset + ": " + moved).isEqualTo(200);
    }

    /**
     * The bank's profile of a realm mentor (linked by e-mail), made when missing, working, municipal and
     * with a free seat for this test.
     */
    private static String bankMentor(String login, String name, String school, String email, String form) {
        Api.Answer own = Api.get(Platform.MENTOR_BANK + "/api/me/mentor-profile", login);
        if (own.status() == 404) {
            Api.Answer made = Api.post(Platform.MENTOR_BANK + "/api/mentors", "methodist", Map.of("fullName", name,
                    "kind", "TEACHER", "capacity", 3, "homeSchoolId", school, "email", email, "position", "учитель",
                    "forms", List.of(form), "visibility", "MUNICIPAL", "subjects", List.of("математика"),
                    "strengths", List.of("подготовка к ГИА")));
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            own = Api.get(Platform.MENTOR_BANK + "/api/me/mentor-profile", login);
        }
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(Api.post(Platform.MENTOR_BANK + "/api/me/mentor-profile/resume", login, Map.of()).status())
                .isIn(200, 409);
        String id = own.json().path("id").asText();
        if (freeSeats(id) < 1) {
            JsonNode mentor = Api.get(Platform.MENTOR_BANK + "/api/mentors/" + id, "methodist").json();
            @SuppressWarnings("unchecked")
            Map<String, Object> changed = Api.JSON.convertValue(mentor, HashMap.class);
            changed.put("capacity", mentor.path("capacity").asInt() + 1);
            Api.Answer put = Api.put(Platform.MENTOR_BANK + "/api/mentors/" + id, "methodist", changed);
            assertThat(put.status()).as("a seat more for " + name + ": " + put).isEqualTo(200);
        }
        return id;
    }

    private static int freeSeats(String mentorId) {
        return Api.get(Platform.MENTOR_BANK + "/api/mentors/" + mentorId, "methodist").json().path("freeCapacity").asInt();
    }

    private static void inDirectoryOfSchool1(String... mentorIds) {
        await("both mentors in school 1's directory").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String body = Api.get(Platform.SCHOOL + "/api/directory/mentors", "curator1").body();
                    return java.util.Arrays.stream(mentorIds).allMatch(body::contains);
                });
    }

    private static String mentee(Map<String, Object> mentee) {
        Api.Answer made = Api.post(Platform.SCHOOL + "/api/mentees", "curator1", mentee);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().path("id").asText();
    }

    private static void consent(String menteeId, String kind, String signedBy, String signer) {
        Api.Answer recorded = Api.post(Platform.SCHOOL + "/api/mentees/" + menteeId + "/consents", "curator1",
                Map.of("kind", kind, "signedBy", signedBy, "signerName", signer, "signedOn",
                        LocalDate.now(MOSCOW).toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private static String pair(String mentorId, String menteeId, String form, LocalDate endsOn) {
        Api.Answer formed = Api.post(Platform.SCHOOL + "/api/pairs", "curator1", Map.of("mentorId", mentorId,
                "menteeIds", List.of(menteeId), "form", form, "startsOn", LocalDate.now(MOSCOW).toString(),
                "endsOn", endsOn.toString(), "how", "ASSIGNMENT"));
        assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
        return formed.json().path("id").asText();
    }

    private static void labourChecklist(String pairId, String n, LocalDate today) {
        Api.Answer saved = Api.put(Platform.SCHOOL + "/api/pairs/" + pairId + "/labour-checklist", "curator1", Map.of(
                "labourConsentRef", "С-" + n, "labourConsentOn", today.toString(), "agreementNumber", "ДС-" + n,
                "agreementOn", today.toString(), "agreementContent", "адаптация молодого педагога",
                "agreementTerm", "полгода", "agreementForm", "учитель – учитель", "paySupplement", "10% оклада"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private static void active(String pairId) {
        await("pair " + pairId + " confirmed by the mentor bank").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    JsonNode pair = Api.get(Platform.SCHOOL + "/api/pairs/" + pairId, "curator1").json();
                    assertThat(pair.path("status").asText()).as(pair.toString()).isNotEqualTo("REFUSED");
                    return "ACTIVE".equals(pair.path("status").asText());
                });
    }

    // --- the browser

    private static void logMeeting(WebDriver driver, WebDriverWait wait, String pairId, String kind, String topic,
                                   LocalDate day) {
        driver.get(Platform.PORTAL + "/pairs/" + pairId + "/meetings/new");
        date(driver, "date", day);
        new Select(driver.findElement(By.id("kind"))).selectByValue(kind);
        type(driver, "topic", topic);
        type(driver, "result", "Договорились о следующем шаге");
        type(driver, "durationMinutes", "45");
        submit(driver, wait, "form.meeting-form");
        assertThat(main(driver)).contains("Встреча записана");
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(WebDriver driver, String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)),
                day.toString());
    }

    /** Presses the form's main button and waits for the next page. */
    private static void submit(WebDriver driver, WebDriverWait wait, String form) {
        List<WebElement> buttons = driver.findElements(By.cssSelector(form + " button[type=submit]"));
        WebElement button = buttons.stream().filter(b -> !"find".equals(b.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button in " + form));
        button.click();
        Browser.waitUntilGone(wait, button);
    }

    private static String main(WebDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "/" + (start + 1);
    }

    /** A document downloaded through the portal with the browser's session, read back as plain text. */
    private static String text(Cookie session, String path, String format) throws IOException, InterruptedException {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Platform.PORTAL + path))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        String text;
        if ("pdf".equals(format)) {
            try (var pdf = Loader.loadPDF(file.body())) {
                text = new PDFTextStripper().getText(pdf);
            }
        } else {
            try (var docx = new XWPFDocument(new ByteArrayInputStream(file.body()));
                 var extractor = new XWPFWordExtractor(docx)) {
                text = extractor.getText();
            }
        }
        // a PDF cell wraps after a hyphen or a space: read it as one line of words
        return text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    }
}
