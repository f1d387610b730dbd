package ru.mentoring.portal.programme;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.support.time.Today;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme through HTTP against a stub school service: started, its roadmap edited, refusals said. */
class ProgrammeFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String curator = portal.signIn(PortalUsers.curatorLogin("1"));

    @Test
    void withoutAProgrammeThisYearTheCuratorIsOfferedToStartOneForTheCurrentSchoolYear() {
        Answers.catalogues(backends).answer("GET /school/api/programmes/current", 404,
                Answers.problem(404, "Не найдено", "Программы на текущий учебный год ещё нет", "[]"));

        HttpResponse<String> answer = portal.get("/programme", curator);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.heading()).isEqualTo("Новая программа наставничества");
        String year = portal.bean(Today.class).schoolYear();
        assertThat(page.field("schoolYear").html()).contains("value=\"" + year + "\"");
        assertThat(page.field("curators").html()).contains("Кузнецова Ольга Ивановна");
        assertThat(page.field("forms").html()).contains("value=\"TEACHER_TEACHER\"");
    }

    @Test
    void aStartedProgrammeCarriesTheTickedFormsAndOneCuratorPerLine() {
        Answers.catalogues(backends).answer("POST /school/api/programmes", 201, SchoolJson.programme());

        HttpResponse<String> answer = portal.post("/programme", curator, FormBody.TYPE, FormBody.of(
                "schoolYear", " 2026 / 2027 ", "title", "Программа школы № 1", "forms", "TEACHER_TEACHER",
                "forms", "STUDENT_PUPIL", "curators", "Кузнецова Ольга Ивановна\r\nСмирнов Иван, заместитель директора\r\n",
                "goals", "", "silentAfterWeeks", "3"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/programme/" + SchoolMother.PROGRAMME);
        assertThat(backends.calls("POST /school/api/programmes").getFirst().body()).contains(
                "\"schoolYear\":\"2026/2027\"", "\"forms\":[\"TEACHER_TEACHER\",\"STUDENT_PUPIL\"]",
                "\"curators\":[\"Кузнецова Ольга Ивановна\",\"Смирнов Иван, заместитель директора\"]",
                "\"silentAfterWeeks\":3");
    }

    @Test
    void everythingWrongWithTheProgrammeIsSaidAtOnceAndNothingIsSent() {
        Answers.catalogues(backends);

        HttpResponse<String> answer = portal.post("/programme", curator, FormBody.TYPE, FormBody.of(
                "schoolYear", "2026/2028", "title", "", "curators", "", "goals", "", "silentAfterWeeks", "0"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(answer.body()).assertRussianOnly();
        assertThat(page.summary()).containsExactly("Учебный год — два соседних года, например 2026/2027",
                "Отметьте формы наставничества, которые ведёт школа", "Число недель — целое, от 1 до 26");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void theRoadmapShowsTheOverdueActivityAndAnActivityWithABadDateIsNotSent() {
        backends.answer("GET /school/api/programmes/" + SchoolMother.PROGRAMME, 200, SchoolJson.programme())
                .answer("GET /school/api/programmes", 200, SchoolJson.programmes());

        Rendered roadmap = new Rendered(portal.get("/programme/" + SchoolMother.PROGRAMME, curator).body())
                .assertRussianOnly();
        HttpResponse<String> refused = portal.post("/programme/" + SchoolMother.PROGRAMME + "/roadmap", curator,
                Map.of("stage", "2", "activity", "Анкетирование обучающихся", "deadline", "31.02.2026", "owner", "",
                        "expectedResult", ""));

        assertThat(roadmap.text()).contains("Просрочено: 1", "Информирование родителей 20.09.2026 куратор — просрочено");
        assertThat(refused.statusCode()).isEqualTo(400);
        Rendered page = new Rendered(refused.body()).assertRussianOnly();
        assertThat(page.field("deadline").errors()).containsExactly("Срок — дата в формате ДД.ММ.ГГГГ");
        assertThat(page.field("activity").html()).contains("Анкетирование обучающихся");
        assertThat(backends.calls("POST")).isEmpty();
    }

    @Test
    void anActivityIsAddedMarkedDoneAndDeleted() {
        String base = "/school/api/programmes/" + SchoolMother.PROGRAMME + "/roadmap";
        backends.answer("POST " + base, 201, SchoolJson.programme())
                .answer("POST " + base + "/" + SchoolMother.ITEM_OVERDUE + "/done", 200, SchoolJson.programme())
                .answer("DELETE " + base + "/" + SchoolMother.ITEM_OVERDUE, 200, SchoolJson.programme());

        HttpResponse<String> added = portal.post("/programme/" + SchoolMother.PROGRAMME + "/roadmap", curator,
                Map.of("stage", "2", "activity", "Анкетирование", "deadline", "15.10.2026", "owner", "психолог",
                        "expectedResult", "карта запросов"));
        HttpResponse<String> done = portal.post("/programme/" + SchoolMother.PROGRAMME + "/roadmap/"
                + SchoolMother.ITEM_OVERDUE + "/done", curator, Map.of());
        HttpResponse<String> deleted = portal.post("/programme/" + SchoolMother.PROGRAMME + "/roadmap/"
                + SchoolMother.ITEM_OVERDUE + "/delete", curator, Map.of());

        assertThat(added.headers().firstValue("Location")).hasValue("/programme/" + SchoolMother.PROGRAMME + "#stage-2");
        assertThat(backends.calls("POST " + base).getFirst().body()).contains("\"stage\":2",
                "\"activity\":\"Анкетирование\"", "\"deadline\":\"2026-10-15\"", "\"owner\":\"психолог\"");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(backends.calls()).extracting(c -> c.method() + " " + c.path()).containsExactly("POST " + base,
                "POST " + base + "/" + SchoolMother.ITEM_OVERDUE + "/done",
                "DELETE " + base + "/" + SchoolMother.ITEM_OVERDUE);
    }

    @Test
    void anotherSchoolsProgrammeIsNotFound() {
        backends.answer("GET /school/api/programmes/" + SchoolMother.PROGRAMME, 404,
                Answers.problem(404, "Не найдено", "Программа не найдена", "[]"));

        HttpResponse<String> answer = portal.get("/programme/" + SchoolMother.PROGRAMME, curator);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(new Rendered(answer.body()).assertRussianOnly().heading()).isEqualTo("Страница не найдена");
    }

    @Test
    void aMentorMayNotOpenTheProgramme() {
        HttpResponse<String> answer = portal.get("/programme", portal.signIn(PortalUsers.mentorLogin()));

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(backends.calls()).isEmpty();
    }
}
