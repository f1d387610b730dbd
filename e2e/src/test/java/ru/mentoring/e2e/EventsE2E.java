package ru.mentoring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events and competitions on the running platform, the checks of issue 10: a burst of applications never
 * overbooks and loses no one; cancellations promote the right person within the per-school caps; the
 * attendance sheet and a certificate open and read right; an iCal feed parses in a standard calendar
 * library; a competition runs through all its stages with two experts. Each test makes its own events.
 */
class EventsE2E extends BrowserE2E {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private String shot = "events";

    @Override
    protected String screenshotName() {
        return shot;
    }

    @Test
    void aBurstOfApplicationsNeverOverbooksLosesNoOneAndTheRestWaitInArrivalOrder() throws Exception {
        shot = "events-burst";
        var body = event("Фестиваль проектов " + UUID.randomUUID(), 8, Duration.ofDays(20));
        body.put("kind", "PROJECT_FESTIVAL");
        body.put("participation", "TEAM");
        body.put("teamMin", 1);
        body.put("teamMax", 5);
        String id = create("methodist", body);
        List<String> curators = List.of("curator1", "curator2", "curator3");
        curators.forEach(Api::token);
        List<Callable<Api.Answer>> attempts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String user = curators.get(i % 3);
            Map<String, Object> team = Map.of("team", Map.of("name", "Команда " + i, "grades", List.of(7, 8)));
            attempts.add(() -> Api.post(Platform.EVENTS + "/api/events/" + id + "/registrations", user, team));
        }
        List<Api.Answer> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(24)) {
            for (var f : pool.invokeAll(attempts)) {
                answers.add(f.get());
            }
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        JsonNode list = Api.get(Platform.EVENTS + "/api/events/" + id + "/registrations", "methodist").json().path("items");
        List<Long> placed = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        list.forEach(r -> {
            if ("REGISTERED".equals(r.path("status").asText())) {
                placed.add(r.path("arrival").asLong());
            } else if ("WAITLISTED".equals(r.path("status").asText())) {
                waiting.add(r.path("arrival").asLong());
                positions.add(r.path("waitingPosition").asInt());
            }
        });
        assertThat(placed).hasSize(8);
        assertThat(waiting).hasSize(52);
        assertThat(list.size()).isEqualTo(60);
        assertThat(waiting).isSorted().allSatisfy(a -> assertThat(a).isGreaterThan(placed.stream().mapToLong(x -> x).max().orElseThrow()));
        assertThat(positions).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 52).boxed().toList());
        assertThat(Api.get(Platform.EVENTS + "/api/events/" + id, "methodist").json().path("taken").asInt()).isEqualTo(8);
        passed = true;
    }

    @Test
    void cancellationsPromoteTheFirstInLineWhoseSchoolIsUnderItsCap() {
        shot = "events-caps";
        String id = create("methodist", event("Семинар с квотами " + UUID.randomUUID(), 2, Duration.ofDays(15)));
        apply(id, "curator1");
        apply(id, "curator2");
        assertThat(apply(id, "mentor1").path("status").asText()).isEqualTo("WAITLISTED");
        assertThat(apply(id, "curator3").path("status").asText()).isEqualTo("WAITLISTED");
        Api.Answer caps = Api.put(Platform.EVENTS + "/api/events/" + id + "/places", "methodist", Map.of("schoolCap", 1));
        assertThat(caps.status()).as(caps.toString()).isEqualTo(200);

        assertThat(Api.delete(Platform.EVENTS + "/api/events/" + id + "/registrations/me", "curator2").status()).isEqualTo(204);
        assertThat(mine(id, "mentor1")).as("school 1 holds its one place").isEqualTo("WAITLISTED");
        assertThat(mine(id, "curator3")).isEqualTo("REGISTERED");

        Api.delete(Platform.EVENTS + "/api/events/" + id + "/registrations/me", "curator1");
        assertThat(mine(id, "mentor1")).isEqualTo("REGISTERED");
        passed = true;
    }

    @Test
    void aCuratorAppliesInThePortalIsCheckedInByCodeAndTheSheetAndCertificateReadRight() throws Exception {
        shot = "events-check-in";
        var body = event("Практикум «Школа наставника» " + UUID.randomUUID(), 10, Duration.ofHours(3));
        body.put("fields", List.of(Map.of("code", "section", "label", "Секция", "type", "CHOICE", "required", true,
                "options", List.of("Педагоги", "Ученики"))));
        String id = create("methodist", body);
        String title = (String) body.get("title");
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events/" + id, "curator2");
        driver.findElement(By.cssSelector("#application button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("Ответьте на вопрос «Секция»");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("q_section"))).selectByVisibleText("Педагоги");
        driver.findElement(By.cssSelector("#application button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-code")));
        assertThat(driver.findElement(By.id("my-status")).getText()).isEqualTo("Зарегистрирован");
        String code = driver.findElement(By.id("check-in-code")).getText();
        assertThat(driver.findElement(By.cssSelector(".qr img")).getAttribute("naturalWidth")).isNotEqualTo("0");

        try (Browser organiser = new Browser()) {
            WebDriverWait orgWait = new WebDriverWait(organiser.driver, Duration.ofSeconds(30));
            Browser.signIn(organiser.driver, orgWait, "/events/" + id + "/check-in", "methodist");
            organiser.driver.findElement(By.id("code")).sendKeys(code);
            organiser.driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
            orgWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Отмечено прибытие"));
            assertThat(organiser.driver.findElement(By.id("arrived")).getText()).isEqualTo("Прибыли: 1 из 1");
        }

        // printed in quotes of its own: the title's quotes become the inner „“
        String printed = "«" + title.replace('«', '„').replace('»', '“') + "»";
        String sheet = pdf(Platform.EVENTS + "/api/events/" + id + "/attendance-sheet", "methodist");
        assertThat(sheet).contains("Лист регистрации участников", printed, "Ольга Кузнецова", "Зарегистрировано: 1 из 10");
        String certificate = pdf(Platform.EVENTS + "/api/events/" + id + "/certificates/me", "curator2");
        assertThat(certificate).contains("СЕРТИФИКАТ", "Ольга Кузнецова", "принял(а) участие в мероприятии", printed);
        driver.get(Platform.PORTAL + "/events/mine");
        assertThat(driver.findElement(By.id("my-registrations")).getText()).contains(title, "участие отмечено");
        passed = true;
    }

    @Test
    void aYearlyEventShowsItsYearsAndItsOrganiserPlansTheNextOne() throws Exception {
        shot = "events-series";
        int year = LocalDate.now(ZoneId.of("Europe/Moscow")).getYear() + 1;
        String title = "Фестиваль открытых уроков " + UUID.randomUUID();
        JsonNode series = ok(Api.post(Platform.EVENTS + "/api/event-series", "methodist", Map.of(
                "event", event(title, 40, Duration.ofDays(7)), "year", year,
                "recurrence", Map.of("rule", "LAST_WEEK", "month", 3)))).json();
        String id = series.path("id").asText();
        ok(Api.post(Platform.EVENTS + "/api/event-series/" + id + "/history", "methodist",
                Map.of("year", year - 1, "participants", 50, "schools", 7)));
        String thisYears = series.path("instances").path(0).path("id").asText();
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events/" + thisYears, "mentor1");
        driver.findElement(By.id("series-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("series-years")));
        assertThat(driver.findElement(By.id("series-rule")).getText()).isEqualTo("последняя неделя марта");
        assertThat(driver.findElement(By.id("year-" + (year - 1))).getText()).startsWith((year - 1) + " 50 — 7 по листам регистрации");
        assertThat(driver.findElement(By.id("year-" + year)).getText()).contains("заявки на сегодня, мероприятие впереди");
        assertThat(driver.findElements(By.cssSelector("form[action$='/years/" + (year + 1) + "']")))
                .as("a mentor does not plan the organiser's events").isEmpty();

        try (Browser organiser = new Browser()) {
            WebDriverWait orgWait = new WebDriverWait(organiser.driver, Duration.ofSeconds(30));
            Browser.signIn(organiser.driver, orgWait, "/events/series/" + id, "methodist");
            organiser.driver.findElement(By.cssSelector("form[action$='/years/" + (year + 1) + "'] button")).click();
            orgWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Запланировано"));
            assertThat(organiser.driver.findElements(By.cssSelector("#series-events li"))).hasSize(2);
            assertThat(organiser.driver.findElement(By.id("series-events")).getText()).contains("марта " + (year + 1));

            organiser.driver.findElement(By.id("year")).sendKeys(Integer.toString(year - 2));
            organiser.driver.findElement(By.cssSelector("#history button[type=submit]")).click();
            orgWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
            assertThat(organiser.driver.findElement(By.id("form-errors")).getText()).contains("Укажите число участников");
            organiser.driver.findElement(By.id("participants")).sendKeys("44");
            organiser.driver.findElement(By.cssSelector("#history button[type=submit]")).click();
            orgWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "записаны"));
            assertThat(organiser.driver.findElement(By.id("year-" + (year - 2))).getText())
                    .startsWith((year - 2) + " 44 — — по листам регистрации");
            assertThat(organiser.driver.findElement(By.id("year-" + (year - 1))).getText()).startsWith((year - 1) + " 50 +6");
        }
        passed = true;
    }

    @Test
    void theMethodistCreatesAnEventInThePortalAfterEveryMistakeIsShownAtOnce() {
        shot = "events-new";
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(30);
        String title = "Стажировка «Первые шаги» " + UUID.randomUUID();
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events", "methodist");
        driver.findElement(By.id("new-event")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-event-form")));
        driver.findElement(By.id("day")).sendKeys(day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        driver.findElement(By.cssSelector("#new-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("Укажите название мероприятия",
                "Выберите вид мероприятия", "Укажите число мест", "Укажите место проведения очного мероприятия");
        assertThat(driver.findElement(By.id("day")).getAttribute("value")).as("what was typed stays")
                .isEqualTo(day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        driver.findElement(By.id("title")).sendKeys(title);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByVisibleText("Стажировка");
        driver.findElement(By.id("venue")).sendKeys("Школа № 1, каб. 204");
        driver.findElement(By.id("capacity")).sendKeys("12");
        driver.findElement(By.cssSelector("input[name=audience][value=TEACHER]")).click();
        driver.findElement(By.id("experienceMax")).sendKeys("5");
        driver.findElement(By.id("q1Label")).sendKeys("Предмет");
        driver.findElement(By.cssSelector("#new-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "создано"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.id("event-details")).getText()).contains("Школа № 1, каб. 204", "свободно 12 из 12");
        assertThat(driver.findElement(By.id("rules")).getText()).contains("педагоги", "5");
        assertThat(driver.findElement(By.id("application")).getText()).contains("Предмет");

        // found whatever the month: by its kind and a word of its title
        driver.get(Platform.PORTAL + "/events");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("kind"))).selectByVisibleText("Стажировка");
        driver.findElement(By.name("q")).sendKeys(title.substring(title.lastIndexOf(' ') + 1));
        driver.findElement(By.cssSelector("#event-search button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("found")));
        assertThat(driver.findElement(By.id("found")).getText()).endsWith(": 1");
        assertThat(driver.findElement(By.id("event-list")).getText()).contains(title, "Школа № 1, каб. 204");
        passed = true;
    }

    @Test
    void theMethodistCreatesAYearlyEventInThePortalWhoseRuleIsReadFromItsFirstDay() {
        shot = "events-new-yearly";
        int year = LocalDate.now(ZoneId.of("Europe/Moscow")).getYear() + 1;
        LocalDate firstWednesday = LocalDate.of(year, 3, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(
                java.time.DayOfWeek.WEDNESDAY));
        String title = "Семинар «Формирующее оценивание» " + UUID.randomUUID();
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events/new", "methodist");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-event-form")));
        driver.findElement(By.id("title")).sendKeys(title);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind"))).selectByVisibleText("Семинар");
        driver.findElement(By.id("day")).sendKeys(firstWednesday.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("repeat")))
                .selectByValue("LAST_WEEKDAY");
        driver.findElement(By.id("venue")).sendKeys("ИМЦ, актовый зал");
        driver.findElement(By.id("capacity")).sendKeys("60");
        driver.findElement(By.cssSelector("#new-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertThat(driver.findElement(By.id("form-errors")).getText())
                .contains("Это не последний такой день недели месяца");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("repeat"))).selectByValue("SAME_WEEKDAY");
        driver.findElement(By.cssSelector("#new-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Ежегодное мероприятие"));
        assertThat(driver.findElement(By.id("series-rule")).getText()).isEqualTo("первая среда марта");
        assertThat(driver.findElement(By.id("series-events")).getText()).contains(firstWednesday.getDayOfMonth() + " марта " + year);
        assertThat(driver.findElements(By.cssSelector("form[action$='/years/" + (year + 1) + "'] button")))
                .as("the organiser plans the next year by the rule").hasSize(1);
        passed = true;
    }

    @Test
    void theOrganiserMovesAnEventInThePortalAndEveryApplicantIsTold() {
        shot = "events-edit";
        var body = event("Семинар для молодых педагогов " + UUID.randomUUID(), 30, Duration.ofDays(20));
        var day = LocalDate.now(ZONE).plusDays(20);
        body.put("startsAt", day.atTime(10, 0).atZone(ZONE).toInstant().toString());
        body.put("endsAt", day.atTime(12, 0).atZone(ZONE).toInstant().toString());
        String id = create("methodist", body);
        apply(id, "mentor1");
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events/" + id, "methodist");
        driver.findElement(By.id("edit-event")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-event-form")));
        driver.findElement(By.id("venue")).clear();
        driver.findElement(By.id("startTime")).clear();
        driver.findElement(By.id("startTime")).sendKeys("23:30");
        driver.findElement(By.cssSelector("#edit-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertThat(driver.findElement(By.id("form-errors")).getText()).contains("Укажите место проведения очного мероприятия");
        assertThat(driver.findElement(By.id("startTime")).getAttribute("value")).as("what was typed stays").isEqualTo("23:30");

        driver.findElement(By.id("venue")).sendKeys("Школа № 5, актовый зал");
        driver.findElement(By.id("startTime")).clear();
        driver.findElement(By.id("startTime")).sendKeys("9:00");
        driver.findElement(By.cssSelector("#edit-event-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Изменения сохранены"));
        assertThat(driver.findElement(By.cssSelector(".alert.success")).getText()).contains("подавшим заявку: 1");
        assertThat(driver.findElement(By.id("event-details")).getText()).contains("Школа № 5, актовый зал", "09:00–12:00");

        List<String> told = notices("mentor1", "CHANGED", (String) body.get("title"));
        assertThat(told).singleElement().asString().contains("Школа № 5, актовый зал", "Ваша регистрация сохраняется");
        passed = true;
    }

    @Test
    void theOrganiserCancelsAnEventInThePortalAndEveryApplicantIsToldWhy() {
        shot = "events-cancel";
        var body = event("Интенсив для наставников " + UUID.randomUUID(), 1, Duration.ofDays(15));
        body.put("kind", "INTENSIVE");
        String id = create("methodist", body);
        apply(id, "mentor1");
        apply(id, "curator2");
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/events/" + id, "methodist");
        driver.findElement(By.cssSelector("#cancel-event summary")).click();
        driver.findElement(By.cssSelector("#cancel-event button[type=submit]")).click();
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.error")));
        assertThat(driver.findElement(By.cssSelector(".alert.error")).getText()).contains("Укажите причину отмены");
        assertThat(mine(id, "mentor1")).as("a refused cancellation changes nothing").isEqualTo("REGISTERED");

        driver.findElement(By.cssSelector("#cancel-event summary")).click();
        driver.findElement(By.id("reason")).sendKeys("Ведущий заболел, интенсив пройдёт в апреле");
        driver.findElement(By.cssSelector("#cancel-event button[type=submit]")).click();
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Мероприятие отменено"));
        assertThat(driver.findElement(By.cssSelector(".alert.success")).getText()).contains("подавшим заявку: 2");
        assertThat(driver.findElement(By.id("event-cancelled")).getText()).contains("Ведущий заболел, интенсив пройдёт в апреле");
        assertThat(driver.findElements(By.id("edit-event"))).isEmpty();

        List<String> told = notices("curator2", "EVENT_CANCELLED", (String) body.get("title"));
        assertThat(told).as("the waiting applicant too").singleElement().asString().contains("Причина: Ведущий заболел");

        driver.get(Platform.PORTAL + "/events");
        driver.findElement(By.name("q")).sendKeys(((String) body.get("title")).substring(((String) body.get("title")).lastIndexOf(' ') + 1));
        driver.findElement(By.cssSelector("#event-search button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("found")));
        assertThat(driver.findElement(By.id("event-list")).getText()).contains(body.get("title") + " — отменено");
        passed = true;
    }

    @Test
    void aNetworkProjectsPageListsItsComingEvents() throws Exception {
        shot = "events-project";
        String name = "Проект " + UUID.randomUUID();
        JsonNode project = ok(Api.post(Platform.MENTOR_BANK + "/api/network-projects", "methodist", Map.of("name", name,
                "leadSchoolId", "1", "startsOn", LocalDate.now().minusMonths(1).toString(),
                "endsOn", LocalDate.now().plusYears(1).toString()))).json();
        String projectId = project.path("id").asText();
        var body = event("Круглый стол сетевого проекта " + UUID.randomUUID(), 20, Duration.ofDays(10));
        body.put("organiser", "NETWORK_PROJECT");
        body.put("networkProjectId", projectId);
        body.put("networkProjectName", name);
        body.put("memberSchoolIds", List.of("1"));
        create("curator1", body);
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        Browser.signIn(driver, wait, "/network-projects/" + projectId, "curator1");
        assertThat(driver.findElement(By.id("project-events")).getText()).contains((String) body.get("title"), "Круглый стол");

        // the project's calendar to subscribe to, fetched through the portal with the curator's session
        String feed = driver.findElement(By.id("project-calendar-feed")).getAttribute("href");
        Calendar calendar = feed(feed, session(driver));
        assertThat(calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getSummary().getValue()).toList())
                .anyMatch(summary -> summary.endsWith((String) body.get("title")));
        passed = true;
    }

    @Test
    void theCalendarFeedsParseInAStandardCalendarLibrary() throws Exception {
        shot = "events-ical";
        var body = event("Конференция наставников " + UUID.randomUUID(), 40, Duration.ofDays(30));
        String id = create("methodist", body);
        apply(id, "mentor1");

        Calendar everyone = new CalendarBuilder().build(new StringReader(Api.getAnonymous(Platform.EVENTS + "/api/calendar.ics").body()));
        VEvent event = find(everyone, id);
        assertThat(event.getSummary().getValue()).endsWith((String) body.get("title"));
        Calendar own = new CalendarBuilder().build(new StringReader(Api.get(Platform.EVENTS + "/api/me/calendar.ics", "mentor1").body()));
        assertThat(find(own, id).getStatus().getValue()).isEqualTo("CONFIRMED");

        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        var month = Instant.parse((String) body.get("startsAt")).atZone(ZONE);
        Browser.signIn(driver, wait, "/events?month=" + month.getYear() + "-" + String.format("%02d", month.getMonthValue()), "mentor1");
        assertThat(driver.findElement(By.id("calendar")).getText()).contains((String) body.get("title"));

        // the page's two links: the public one subscribed to by a calendar application without signing in,
        // the own one with the mentor's session
        Calendar subscribed = feed(driver.findElement(By.id("public-calendar-feed")).getAttribute("href"), null);
        assertThat(find(subscribed, id).getSummary().getValue()).endsWith((String) body.get("title"));
        Calendar downloaded = feed(driver.findElement(By.id("my-calendar-feed")).getAttribute("href"), session(driver));
        assertThat(find(downloaded, id).getStatus().getValue()).isEqualTo("CONFIRMED");
        passed = true;
    }

    /** The session cookie of the browser's signed-in user, for fetching what a page links to. */
    private static String session(WebDriver driver) {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Fetches a calendar feed the portal links to, asking as a browser does (HTML preferred, anything accepted):
     * a feed answered with a page instead of the calendar fails here.
     */
    private static Calendar feed(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (session != null) {
            request.header("Cookie", session);
        }
        HttpResponse<String> ics = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ics.statusCode()).as(url).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).as(url).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(ics.body()));
    }

    @Test
    void aCompetitionRunsThroughAllItsStagesWithTwoExperts() throws Exception {
        shot = "events-competition";
        LocalDate today = LocalDate.now(ZONE);
        var event = event("Конкурс «Педагог-наставник» " + UUID.randomUUID(), 100, Duration.ofDays(40));
        List<Map<String, Object>> stages = new ArrayList<>();
        String[] names = {"ACCEPTANCE", "TECHNICAL_CHECK", "CORRESPONDENCE", "IN_PERSON"};
        for (int i = 0; i < names.length; i++) {
            stages.add(Map.of("stage", names[i], "deadline", today.plusDays(7L * (i + 1)).toString()));
        }
        Api.Answer created = Api.post(Platform.EVENTS + "/api/competitions", "methodist", Map.of("event", event, "stages", stages));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String one = entry(id, "curator1", "Пара «учитель — молодой специалист»");
        String three = entry(id, "curator3", "Проектная команда и её наставник");

        // a curator follows the competition in the portal long before its results are published
        try (Browser curator = new Browser()) {
            WebDriverWait curatorWait = new WebDriverWait(curator.driver, Duration.ofSeconds(30));
            Browser.signIn(curator.driver, curatorWait, "/competitions/" + id, "curator1");
            assertThat(curator.driver.findElement(By.tagName("h1")).getText()).contains((String) event.get("title"));
            assertThat(curator.driver.findElement(By.id("stages")).getText()).contains("Приём материалов");
            assertThat(curator.driver.findElement(By.id("entry-list")).getText())
                    .contains("Пара «учитель — молодой специалист»").doesNotContain("Проектная команда");
            assertThat(curator.driver.findElements(By.id("results"))).isEmpty();
        }
        advance(id, Map.of());
        for (String e : List.of(one, three)) {
            ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/entries/" + e + "/check", "methodist", Map.of("admitted", true)));
        }
        advance(id, Map.of());
        ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/experts", "expert1", Map.of()));
        ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/experts", "expert3", Map.of()));
        Map<String, String> jury = new HashMap<>();
        Api.get(Platform.EVENTS + "/api/competitions/" + id + "/experts", "methodist").json().path("items")
                .forEach(j -> jury.put(j.path("name").asText(), j.path("subject").asText()));
        Api.Answer own = Api.post(Platform.EVENTS + "/api/competitions/" + id + "/assignments", "methodist",
                Map.of("entryId", three, "expertSubject", jury.get("Светлана Белова")));
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().path("detail").asText()).contains("Эксперт не оценивает работы своей школы");
        for (String[] a : List.of(new String[] {one, "Татьяна Морозова"}, new String[] {one, "Светлана Белова"},
                new String[] {three, "Татьяна Морозова"})) {
            ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/assignments", "methodist",
                    Map.of("entryId", a[0], "expertSubject", jury.get(a[1]))));
        }

        // the expert's home page lists what waits, and the scoring sheet is filled in the browser
        WebDriver driver = browser.driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.signIn(driver, wait, "/", "expert3");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Работ ждут вашего листа оценки");
        driver.get(Platform.PORTAL + "/competitions/" + id + "/entries/" + one + "/sheet");
        for (var input : driver.findElements(By.cssSelector("#sheet input[type=number]"))) {
            input.clear();
            input.sendKeys("8");
        }
        driver.findElement(By.cssSelector("#sheet button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"), "Оценка сохранена"));

        score(id, one, "expert1", "CORRESPONDENCE", 9);
        score(id, three, "expert1", "CORRESPONDENCE", 6);
        advance(id, Map.of("top", 2));
        score(id, one, "expert1", "IN_PERSON", 10);
        score(id, one, "expert3", "IN_PERSON", 9);
        score(id, three, "expert1", "IN_PERSON", 7);
        advance(id, Map.of());
        JsonNode results = ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/results", "methodist", Map.of()))
                .json().path("nominations").path("Лучшие практики наставничества");
        assertThat(results.get(0).path("title").asText()).isEqualTo("Пара «учитель — молодой специалист»");
        assertThat(results.get(0).path("award").asText()).isEqualTo("«Лучшие практики наставничества»: победитель");
        assertThat(results.get(1).path("place").asInt()).isEqualTo(2);

        driver.get(Platform.PORTAL + "/competitions/" + id);
        assertThat(driver.findElement(By.id("results")).getText()).contains("победитель", "Пара «учитель — молодой специалист»");
        passed = true;
    }

    /** The texts of the user's portal messages of this kind about the event of this title. */
    private static List<String> notices(String user, String kind, String title) {
        List<String> texts = new ArrayList<>();
        Api.get(Platform.EVENTS + "/api/me/notices", user).json().path("items").forEach(n -> {
            if (kind.equals(n.path("kind").asText()) && n.path("text").asText().contains(title)) {
                texts.add(n.path("text").asText());
            }
        });
        return texts;
    }

    private static Map<String, Object> event(String title, int capacity, Duration ahead) {
        Instant start = Instant.now().plus(ahead).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "SEMINAR");
        body.put("format", "IN_PERSON");
        body.put("venue", "ИМЦ, ауд. 12");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        body.put("opensAt", Instant.now().minus(Duration.ofMinutes(1)).toString());
        body.put("capacity", capacity);
        return body;
    }

    private static String create(String user, Map<String, Object> body) {
        Api.Answer created = Api.post(Platform.EVENTS + "/api/events", user, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static JsonNode apply(String id, String user) {
        return ok(Api.post(Platform.EVENTS + "/api/events/" + id + "/registrations", user, Map.of())).json();
    }

    private static String mine(String id, String user) {
        return Api.get(Platform.EVENTS + "/api/events/" + id + "/registrations/me", user).json().path("status").asText();
    }

    private static String entry(String id, String curator, String title) {
        return ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/entries", curator, Map.of("title", title,
                "nomination", "Лучшие практики наставничества", "summary", "Цели, методы и результаты практики")))
                .json().path("id").asText();
    }

    private static void advance(String id, Map<String, Object> body) {
        ok(Api.post(Platform.EVENTS + "/api/competitions/" + id + "/advance", "methodist", body));
    }

    private static void score(String id, String entry, String expert, String stage, int points) {
        List<Map<String, Object>> sheet = new ArrayList<>();
        Api.get(Platform.EVENTS + "/api/competitions/" + id, "methodist").json().path("criteria").forEach(c -> {
            if (stage.equals(c.path("stage").asText())) {
                sheet.add(Map.of("criterionId", c.path("id").asText(), "points", points));
            }
        });
        ok(Api.put(Platform.EVENTS + "/api/competitions/" + id + "/entries/" + entry + "/scores", expert, Map.of("scores", sheet)));
    }

    private static Api.Answer ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 204);
        return answer;
    }

    private static VEvent find(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(id + "@events.mentoring")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("event " + id + " not in the feed"));
    }

    private static String pdf(String url, String user) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Api.token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return DocumentText.pdf(response.body());
    }

}
