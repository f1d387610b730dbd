package ru.mentoring.portal.plan;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan changed one thing at a time through HTTP: done marks, a task, a practice linked, a task deleted. */
class PlanFlowTest {

    private static final String PAIR = "/school/api/pairs/" + SchoolMother.PAIR;

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    private Backends pupilPair() {
        return backends.answer("GET " + PAIR, 200, PairWorkJson.activePupilPair())
                .answer("GET " + PAIR + "/plan", 200, PairWorkJson.plan(SchoolMother.PAIR))
                .answer("PUT " + PAIR + "/plan", 200, PairWorkJson.plan(SchoolMother.PAIR));
    }

    private Plans.Save sent() throws IOException {
        return portal.bean(JsonMapper.class).readValue(backends.calls("PUT " + PAIR + "/plan").getFirst().body(),
                Plans.Save.class);
    }

    @Test
    void markingATaskDoneSendsThePlanAsItWasWithThatTaskDone() throws IOException {
        pupilPair();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/"
                + PairWorkJson.TASK_OVERDUE + "/done", curator, java.util.Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.PAIR + "#plan");
        Plans.Save save = sent();
        assertThat(save.difficulties()).isEqualTo("Трудно удерживать внимание класса");
        assertThat(save.tasks()).extracting(Plans.SaveTask::id).containsExactly(PairWorkJson.TASK_DONE,
                PairWorkJson.TASK_OVERDUE, PairWorkJson.TASK_OPEN);
        assertThat(save.tasks()).extracting(Plans.SaveTask::done).containsExactly(true, true, false);
        assertThat(save.tasks().get(1).practiceId()).isEqualTo(PairWorkJson.PRACTICE);
        assertThat(save.tasks().get(2).section()).isEqualTo("DEVELOPMENT");
        assertThat(backends.calls("PUT").getFirst().authorization()).isEqualTo("Bearer " + PortalUsers.TOKEN + "-curator1");
    }

    @Test
    void aTaskDueAfterThePairsEndIsRefusedBeforeTheServiceIsAskedWithEverythingTypedKept() {
        pupilPair();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/new", curator,
                FormBody.TYPE, FormBody.of("section", "ANALYSIS", "title", "", "dueOn", "2027-06-15",
                        "expectedResult", "итоговый анализ", "reportingForm", "", "practiceId", "", "practiceQuery", "",
                        "action", "save"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("title").errors()).containsExactly("Укажите задачу (мероприятие)");
        assertThat(page.field("dueOn").errors()).containsExactly("Срок позже окончания работы пары (31.05.2027)");
        assertThat(page.field("expectedResult").html()).contains("итоговый анализ");
        assertThat(page.field("section").html()).contains("<option value=\"ANALYSIS\" selected=\"selected\">");
        assertThat(backends.calls("PUT")).isEmpty();
    }

    @Test
    void theServicesRefusalOfTheNewTaskGoesUnderItsFieldAndAnotherTasksAboveTheForm() {
        pupilPair().answer("PUT " + PAIR + "/plan", 422, Answers.problem(422, "Данные не прошли проверку", null, """
                [{"field":"dueOn","message":"Задача 3 «Взаимопосещение уроков»: срок раньше начала работы пары"},
                 {"field":"title","message":"Задача 4: укажите, что нужно сделать"}]"""));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/new", curator,
                FormBody.TYPE, FormBody.of("section", "ANALYSIS", "title", "Взаимопосещение уроков", "dueOn",
                        "20.11.2026", "expectedResult", "", "reportingForm", "лист наблюдения", "practiceId", "",
                        "practiceQuery", "", "action", "save"));

        assertThat(answer.statusCode()).isEqualTo(422);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.field("dueOn").errors())
                .containsExactly("Задача 3 «Взаимопосещение уроков»: срок раньше начала работы пары");
        assertThat(page.field("title").errors()).isEmpty();
        assertThat(page.summary()).containsExactly("Задача 4: укажите, что нужно сделать",
                "Задача 3 «Взаимопосещение уроков»: срок раньше начала работы пары");
        assertThat(page.field("reportingForm").html()).contains("лист наблюдения");
    }

    @Test
    void findingAPracticeSearchesTheLibraryKeepsWhatWasTypedAndSavesNothing() {
        pupilPair().answer("GET /school/api/library-practices", 200, PairWorkJson.practiceSearch());

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/new", curator,
                FormBody.TYPE, FormBody.of("section", "DEVELOPMENT", "title", "Освоить приём", "dueOn", "2026-12-01",
                        "expectedResult", "", "reportingForm", "", "practiceId", "", "practiceQuery", "оценивание",
                        "action", "find"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.text()).contains("Найдено практик: 1");
        assertThat(page.field("practiceId").html()).contains("<option value=\"" + PairWorkJson.PRACTICE
                + "\">Формирующее оценивание на уроке</option>");
        assertThat(page.field("title").html()).contains("Освоить приём");
        assertThat(backends.calls("GET /school/api/library-practices").getFirst().query()).contains("q=");
        assertThat(backends.calls("PUT")).isEmpty();
    }

    @Test
    void theSearchGoingWrongCostsOnlyTheList() {
        pupilPair().answer("GET /school/api/library-practices", 503, "{}");

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/" + PairWorkJson.TASK_OPEN,
                curator, FormBody.TYPE, FormBody.of("section", "DEVELOPMENT", "title", "Курсы", "dueOn", "2027-03-01",
                        "practiceQuery", "оценивание", "action", "find"));

        assertThat(new Rendered(answer.body()).assertRussianOnly().text())
                .contains("Поиск практик сейчас недоступен: задачу можно сохранить без практики");
    }

    @Test
    void aTaskIsSavedWithThePracticeChosen() throws IOException {
        pupilPair();

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/" + PairWorkJson.TASK_OPEN,
                curator, FormBody.TYPE, FormBody.of("section", "DEVELOPMENT", "title", "Курсы по оцениванию",
                        "dueOn", "01.02.2027", "expectedResult", "удостоверение", "reportingForm", "",
                        "practiceId", PairWorkJson.PRACTICE.toString(), "practiceQuery", "", "action", "save"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/pairs/" + SchoolMother.PAIR + "#section-DEVELOPMENT");
        Plans.SaveTask task = sent().tasks().get(2);
        assertThat(task.id()).isEqualTo(PairWorkJson.TASK_OPEN);
        assertThat(task.title()).isEqualTo("Курсы по оцениванию");
        assertThat(task.dueOn()).isEqualTo(java.time.LocalDate.of(2027, 2, 1));
        assertThat(task.practiceId()).isEqualTo(PairWorkJson.PRACTICE);
        assertThat(task.reportingForm()).isNull();
    }

    @Test
    void aTaskIsDeletedOnlyAfterAConfirmation() throws IOException {
        pupilPair();
        String task = "/pairs/" + SchoolMother.PAIR + "/plan/tasks/" + PairWorkJson.TASK_DONE + "/delete";

        Rendered confirm = new Rendered(portal.get(task, curator).body()).assertRussianOnly();
        assertThat(confirm.text()).contains("Удалить задачу из плана развития?", "«Посетить уроки наставника»");
        assertThat(confirm.html()).contains("action=\"" + task + "\"");
        assertThat(backends.calls("PUT")).isEmpty();

        assertThat(portal.post(task, curator, java.util.Map.of()).statusCode()).isEqualTo(303);
        assertThat(sent().tasks()).extracting(Plans.SaveTask::id).containsExactly(PairWorkJson.TASK_OVERDUE,
                PairWorkJson.TASK_OPEN);
    }

    @Test
    void aMentorChangesThePlanOfTheirOwnPairAndComesBackToIt() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        String pair = "/school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR;
        backends.answer("GET /school/api/me/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR, 200, PairWorkJson.otherSchoolPair())
                .answer("GET " + pair + "/plan", 200, PairWorkJson.plan(PairWorkJson.OTHER_SCHOOL_PAIR))
                .answer("PUT " + pair + "/plan", 200, PairWorkJson.plan(PairWorkJson.OTHER_SCHOOL_PAIR));

        HttpResponse<String> answer = portal.post("/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "/plan/tasks/"
                + PairWorkJson.TASK_OPEN + "/done", mentor, java.util.Map.of());

        assertThat(answer.headers().firstValue("Location")).hasValue("/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "#plan");
        assertThat(backends.calls("PUT").getFirst().authorization()).isEqualTo("Bearer " + PortalUsers.TOKEN + "-mentor1");
        assertThat(backends.calls("GET /school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "/")).isNotEmpty();
        assertThat(backends.calls("GET /school/api/pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "/plan")).hasSize(1);
    }

    @Test
    void aMenteeReadsThePlanButCannotChangeIt() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));

        HttpResponse<String> answer = portal.post("/pairs/" + SchoolMother.PAIR + "/plan/tasks/"
                + PairWorkJson.TASK_OPEN + "/done", mentee, java.util.Map.of());

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(answer.headers().firstValue("Location").orElse("/forbidden")).isEqualTo("/forbidden");
        assertThat(backends.calls()).isEmpty();
    }

    @Test
    void thePrintedPlanIsHandedOnAsTheServiceMadeIt() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));
        backends.answer("GET " + PAIR + "/plan/document", 200, "application/pdf", "%PDF-1.7 план".getBytes(),
                java.util.Map.of("Content-Disposition", "attachment; filename=\"plan.pdf\""));

        HttpResponse<byte[]> file = portal.download("/pairs/" + SchoolMother.PAIR + "/plan/document?format=pdf", mentee);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("%PDF-1.7");
        assertThat(backends.calls("GET " + PAIR + "/plan/document").getFirst().query()).isEqualTo("format=pdf");
    }
}
