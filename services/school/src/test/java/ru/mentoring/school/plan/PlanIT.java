package ru.mentoring.school.plan;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.model.practice.PracticePublishedV1;
import ru.mentoring.school.Api;
import ru.mentoring.school.Documents;
import ru.mentoring.school.directory.DirectoryFixtures;
import ru.mentoring.school.pair.PairFixtures;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.school.Api.list;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/**
 * The development plan: a pair starts from its form's template, the mentor and the curator keep it, every
 * broken rule is refused at once with nothing written, a task linking a library practice tells the library,
 * and the plan prints with its signatures.
 */
@MicronautTest(transactional = false)
class PlanIT {

    @Inject @Client("/") HttpClient http;
    @Inject ApplicationContext context;
    @Inject Today today;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject LibraryPracticeProjection library;

    private Api api() {
        return new Api(http);
    }

    @Test
    void aTeacherPairStartsFromItsTemplateAndItsMentorKeepsThePlan() {
        LocalDate start = today.date();
        UUID mentor = DirectoryFixtures.mentor(context, "Иванова Мария Сергеевна", "1", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor1@mentoring.local");
        UUID teacher = PairFixtures.teacher(http, "curator1", "Гордеева Анна " + UUID.randomUUID(), start);
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(teacher), "TEACHER_TEACHER",
                start, start.plusMonths(6));

        Map<String, Object> draft = api().get("mentor1", "/api/pairs/" + pair + "/plan");
        assertThat(draft.get("saved")).isEqualTo(false);
        List<Map<String, Object>> sections = list(draft, "sections");
        assertThat(sections).extracting(s -> s.get("code")).containsExactly("DIFFICULTIES", "DEVELOPMENT", "METHODICAL",
                "DOCUMENTATION");
        assertThat(sections.getFirst().get("title")).isEqualTo("Анализ профессиональных трудностей и способы их преодоления");
        Map<String, Object> first = list(sections.getFirst(), "tasks").getFirst();
        assertThat(first.get("dueOn")).isEqualTo(start.plusDays(14).toString());
        assertThat(first.get("id")).isNull();

        List<Map<String, Object>> tasks = tasksOf(draft);
        tasks.add(task("DEVELOPMENT", "Открытый урок по физике", start.plusDays(40)));
        Map<String, Object> saved = api().put("mentor1", "/api/pairs/" + pair + "/plan", Map.of("difficulties",
                "Дисциплина на уроках в 8 классе", "goals", "Самостоятельно вести 8–9 классы", "tasks", tasks));
        assertThat(saved.get("saved")).isEqualTo(true);
        assertThat(saved.get("total")).isEqualTo(tasks.size());
        assertThat(saved.get("difficulties")).isEqualTo("Дисциплина на уроках в 8 классе");

        Map<String, Object> asCurator = api().get("curator1", "/api/pairs/" + pair + "/plan");
        assertThat(asCurator.get("limitedView")).as("a teacher pair shows the curator what the programme requires").isEqualTo(true);
        assertThat(asCurator.get("difficulties")).isNull();
        assertThat(asCurator.get("total")).isEqualTo(tasks.size());

        List<Map<String, Object>> marked = tasksOf(asCurator);
        marked.getFirst().put("done", true);
        Map<String, Object> afterCurator = api().put("curator1", "/api/pairs/" + pair + "/plan",
                Map.of("difficulties", "", "goals", "Самостоятельно вести 8–9 классы", "tasks", marked));
        assertThat(afterCurator.get("done")).isEqualTo(1);
        Map<String, Object> asMentor = api().get("mentor1", "/api/pairs/" + pair + "/plan");
        assertThat(asMentor.get("difficulties")).as("the curator, who does not see them, does not erase them")
                .isEqualTo("Дисциплина на уроках в 8 классе");
        assertThat(list(list(asMentor, "sections").getFirst(), "tasks").getFirst().get("doneOn")).isEqualTo(start.toString());
    }

    @Test
    void everyBrokenRuleIsRefusedAtOnceAndNothingIsWritten() {
        LocalDate start = today.date().minusDays(10);
        LocalDate end = start.plusMonths(3);
        UUID pair = pupilPair(start, end);

        var refused = api().refusedPut("curator1", "/api/pairs/" + pair + "/plan", Map.of("goals", "Цели", "tasks", List.of(
                task("LEARNING", "Разбор дробей", end.plusDays(1)),
                task("LEARNING", "Повторение таблицы умножения", start.minusDays(1)),
                task("LEARNING", "  ", start.plusDays(5)),
                task("NO_SUCH", "Проект", start.plusDays(5)))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).extracting(e -> e.get("field")).containsExactly("dueOn", "dueOn", "title", "section");
        assertThat(refused.messages().get(0)).contains("позже окончания работы пары");
        assertThat(refused.messages().get(1)).contains("раньше начала работы пары");
        assertThat(refused.messages().get(2)).contains("укажите, что нужно сделать");
        assertThat(refused.messages().get(3)).contains("в плане нет раздела «NO_SUCH»");
        assertThat(api().get("curator1", "/api/pairs/" + pair + "/plan").get("saved")).isEqualTo(false);
    }

    @Test
    void aTaskLinkingALibraryPracticeTellsTheLibraryThatTheSchoolUsesIt() {
        LocalDate start = today.date();
        UUID pair = pupilPair(start, start.plusMonths(4));
        UUID practice = UUID.randomUUID();
        Tenancy.runVoid(Tenant.ofEvent("2"), () -> library.apply(EventEnvelope.of(PracticeEvents.PUBLISHED, "2",
                new PracticePublishedV1(practice, "2", "Взаимообучение по математике", "Кратко", "PUPIL_PUPIL", List.of(), 2026,
                        Instant.parse("2026-11-01T10:00:00Z")))));
        assertThat(String.valueOf(api().get("curator1", "/api/library-practices?q=" + java.net.URLEncoder.encode("взаимообучение", java.nio.charset.StandardCharsets.UTF_8)).get("items")))
                .contains(practice.toString());

        Map<String, Object> linked = api().put("curator1", "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of(
                withPractice(task("LEARNING", "Занятия по методике взаимообучения", start.plusDays(20)), practice))));
        Map<String, Object> stored = tasksOf(linked).getFirst();
        assertThat(stored.get("practiceTitle")).isEqualTo("Взаимообучение по математике");
        String taskRef = (String) stored.get("id");
        assertThat(usageEvents(taskRef)).singleElement().asString().contains("\"linked\":true", practice.toString(),
                "\"schoolId\":\"1\"").doesNotContain("взаимообучения");

        Map<String, Object> unlinked = new HashMap<>(stored);
        unlinked.put("section", "LEARNING");
        unlinked.remove("practiceId");
        api().put("curator1", "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of(unlinked)));
        assertThat(usageEvents(taskRef)).hasSize(2).last().asString().contains("\"linked\":false");

        var unknown = api().refusedPut("curator1", "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of(
                withPractice(task("LEARNING", "Чужая практика", start.plusDays(20)), UUID.randomUUID()))));
        assertThat(unknown.messages()).singleElement().asString().contains("такой практики нет среди опубликованных");
    }

    @Test
    void theMenteeReadsThePlanAndAnEndedPairsPlanNoLongerChanges() {
        LocalDate start = today.date().minusDays(5);
        String name = "Кротов Игорь " + UUID.randomUUID();
        UUID pupil = PairFixtures.pupil(http, "curator1", name, "6В", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Белова Ирина", 3, null);
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(4));
        PairFixtures.linkMenteeLogin(sql, tx, pupil);
        api().put("curator1", "/api/pairs/" + pair + "/plan", Map.of("goals", "Читать с удовольствием", "tasks",
                List.of(task("LEARNING", "Прочитать повесть", start.plusDays(30)))));

        Map<String, Object> own = api().get(PairFixtures.MENTEE_LOGIN, "/api/pairs/" + pair + "/plan");
        assertThat(own.get("goals")).isEqualTo("Читать с удовольствием");
        assertThat(own.get("editable")).isEqualTo(false);
        var change = api().refusedPut(PairFixtures.MENTEE_LOGIN, "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of()));
        assertThat(change.status()).isEqualTo(403);

        api().post("curator1", "/api/pairs/" + pair + "/termination", Map.of("initiator", "GUARDIAN", "reason", "MOVED"));
        var ended = api().refusedPut("curator1", "/api/pairs/" + pair + "/plan", Map.of("tasks", List.of()));
        assertThat(ended.status()).isEqualTo(422);
        assertThat(ended.body()).contains("прекращена досрочно: её план больше не меняется");
        assertThat(tasksOf(api().get("curator1", "/api/pairs/" + pair + "/plan"))).hasSize(1);
    }

    @Test
    void templatesAreTheMethodistsToKeepAndEveryoneReadsThem() {
        Map<String, Object> all = api().get("curator1", "/api/plan-templates");
        assertThat(list(all, "items")).extracting(t -> t.get("form")).contains("PUPIL_PUPIL", "TEACHER_TEACHER", "TEACHER_PUPIL");
        Map<String, Object> original = api().get("methodist", "/api/plan-templates/EMPLOYER_STUDENT");
        assertThat(original.get("formTitle")).isEqualTo("работодатель – студент");

        assertThat(api().refusedPut("curator1", "/api/plan-templates/EMPLOYER_STUDENT", original).status()).isEqualTo(403);
        var broken = api().refusedPut("methodist", "/api/plan-templates/EMPLOYER_STUDENT", Map.of("sections", List.of(
                Map.of("code", "A", "title", "Раздел", "tasks", List.of(Map.of("title", "", "dueAfterDays", 900))))));
        assertThat(broken.messages()).containsExactly("Раздел 1, задача 1: укажите название",
                "Раздел 1, задача 1: срок — от 0 до 730 дней от начала работы пары");
        try {
            Map<String, Object> changed = api().put("methodist", "/api/plan-templates/EMPLOYER_STUDENT", Map.of("sections",
                    List.of(Map.of("code", "PRACTICE", "title", "Производственная практика", "tasks", List.of(
                            Map.of("title", "Пройти инструктаж", "dueAfterDays", 3))))));
            assertThat(list(changed, "sections")).singleElement().satisfies(s -> assertThat(s.get("code")).isEqualTo("PRACTICE"));
            assertThat(String.valueOf(api().get("mentor1", "/api/plan-templates/EMPLOYER_STUDENT"))).contains("Пройти инструктаж");
        } finally {
            api().put("methodist", "/api/plan-templates/EMPLOYER_STUDENT", original);
        }
    }

    @Test
    void thePlanPrintsWithItsSignaturesAndAnotherSchoolsMentorSeesOnlyTheFirstName() {
        LocalDate start = today.date();
        String surname = "Соловьёв" + UUID.randomUUID().toString().substring(0, 6);
        UUID pupil = PairFixtures.pupil(http, "curator1", surname + " Павел Ильич", "8А", start);
        UUID mentor = DirectoryFixtures.mentor(context, "Петров Алексей Викторович", "2", MentorVisibility.MUNICIPAL, 3, 0,
                "mentor2@school2.example.ru");
        UUID pair = PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start,
                start.plusMonths(5));
        api().put("mentor2", "/api/pairs/" + pair + "/plan", Map.of("difficulties", "Пробелы в алгебре", "goals",
                "Уверенная четвёрка", "tasks", List.of(task("LEARNING", "Решить вариант ОГЭ", start.plusDays(10)))));

        for (String format : List.of("pdf", "docx")) {
            String asCurator = Documents.text(api().download("curator1", "/api/pairs/" + pair + "/plan/document?format="
                    + format).body(), format);
            assertThat(asCurator).contains("ИНДИВИДУАЛЬНЫЙ ПЛАН РАЗВИТИЯ", "Петров Алексей Викторович",
                    surname + " Павел Ильич, 8А класс", "Пробелы в алгебре", "Решить вариант ОГЭ", "Наставник", "Куратор",
                    "родитель (законный представитель)");
            String asMentor = Documents.text(api().download("mentor2", "/api/pairs/" + pair + "/plan/document?format="
                    + format).body(), format);
            assertThat(asMentor).contains("Павел, 8А класс", "Решить вариант ОГЭ").doesNotContain(surname);
        }
        assertThat(api().refusedGet("curator2", "/api/pairs/" + pair + "/plan/document").status()).isEqualTo(404);
    }

    private UUID pupilPair(LocalDate start, LocalDate end) {
        UUID pupil = PairFixtures.pupil(http, "curator1", "Лебедев Олег " + UUID.randomUUID(), "5Б", today.date());
        UUID mentor = DirectoryFixtures.municipalMentor(context, "Соколова Вера", 3, null);
        return PairFixtures.activePair(http, context, "curator1", "1", mentor, List.of(pupil), "PUPIL_PUPIL", start, end);
    }

    private static Map<String, Object> task(String section, String title, LocalDate dueOn) {
        Map<String, Object> task = new HashMap<>();
        task.put("section", section);
        task.put("title", title);
        task.put("dueOn", dueOn.toString());
        task.put("done", false);
        return task;
    }

    private static Map<String, Object> withPractice(Map<String, Object> task, UUID practice) {
        task.put("practiceId", practice.toString());
        return task;
    }

    /** The plan's tasks as a PUT wants them: each with its section's code. */
    private static List<Map<String, Object>> tasksOf(Map<String, Object> plan) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Map<String, Object> section : list(plan, "sections")) {
            for (Map<String, Object> t : list(section, "tasks")) {
                Map<String, Object> task = new HashMap<>(t);
                task.put("section", section.get("code"));
                task.values().removeIf(java.util.Objects::isNull);
                tasks.add(task);
            }
        }
        return tasks;
    }

    private List<String> usageEvents(String taskRef) {
        return tx.read(() -> sql.select(OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.AGGREGATEID.eq(taskRef),
                        OUTBOX.TYPE.eq("practice-usage.changed")).orderBy(OUTBOX.SEQ)
                .fetch(r -> r.value1().data().replace(" ", "")));
    }
}
