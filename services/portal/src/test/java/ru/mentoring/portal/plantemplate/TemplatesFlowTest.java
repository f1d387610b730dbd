package ru.mentoring.portal.plantemplate;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.FormBody;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The methodist changes a template one task at a time; the service takes it whole. */
class TemplatesFlowTest {

    private static final String TEMPLATE = "/school/api/plan-templates/TEACHER_TEACHER";

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());

    private Plans.SaveTemplate sent() throws IOException {
        return portal.bean(JsonMapper.class).readValue(backends.calls("PUT " + TEMPLATE).getFirst().body(),
                Plans.SaveTemplate.class);
    }

    @Test
    void aTaskMovedToAnotherSectionLeavesItsOldPlace() throws IOException {
        backends.answer("GET " + TEMPLATE, 200, PairWorkJson.template()).answer("PUT " + TEMPLATE, 200, PairWorkJson.template());

        HttpResponse<String> answer = portal.post("/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/0", methodist,
                FormBody.TYPE, FormBody.of("section", "DOCUMENTS", "title", "Изучить локальные акты",
                        "expectedResult", "", "reportingForm", "", "dueAfterDays", "14"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/plan-templates/TEACHER_TEACHER#section-DOCUMENTS");
        Plans.SaveTemplate saved = sent();
        assertThat(saved.form()).isEqualTo("TEACHER_TEACHER");
        assertThat(saved.sections().get(0).taskList()).extracting(Plans.TemplateTask::title)
                .containsExactly("Провести открытый урок");
        assertThat(saved.sections().get(1).taskList()).extracting(Plans.TemplateTask::title, Plans.TemplateTask::dueAfterDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Изучить локальные акты", 14));
    }

    @Test
    void aTaskIsDeletedAfterAConfirmation() throws IOException {
        backends.answer("GET " + TEMPLATE, 200, PairWorkJson.template()).answer("PUT " + TEMPLATE, 200, PairWorkJson.template());

        String confirm = portal.get("/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/1/delete", methodist).body();
        assertThat(confirm).contains("Удалить задачу из шаблона плана?", "«Провести открытый урок»");
        assertThat(portal.post("/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/1/delete", methodist, Map.of())
                .statusCode()).isEqualTo(303);

        assertThat(sent().sections().get(0).taskList()).extracting(Plans.TemplateTask::title)
                .containsExactly("Посетить уроки наставника");
    }

    @Test
    void aTaskThatIsNoneIsNotFound() {
        backends.answer("GET " + TEMPLATE, 200, PairWorkJson.template());

        assertThat(portal.get("/plan-templates/TEACHER_TEACHER/tasks/ANALYSIS/7", methodist).statusCode()).isEqualTo(404);
    }

    @Test
    void aCuratorMayNotChangeTemplates() {
        HttpResponse<String> answer = portal.post("/plan-templates/TEACHER_TEACHER/tasks/new",
                portal.signIn(PortalUsers.curatorLogin("1")), FormBody.TYPE, FormBody.of("section", "ANALYSIS",
                        "title", "x", "dueAfterDays", "1"));

        assertThat(answer.statusCode()).isIn(303, 403);
        assertThat(backends.calls("PUT")).isEmpty();
    }
}
