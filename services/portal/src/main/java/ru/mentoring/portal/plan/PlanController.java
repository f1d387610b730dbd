package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.documents.Downloads;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

/**
 * The development plan of a pair, changed by its mentor or the school's curator one thing at a time: the
 * difficulties and goals (which also adopts a draft made from the form's template), a task, a done mark;
 * a task is deleted after a confirmation. The printed plan is open to the mentee too.
 */
@Hidden
@Controller("/pairs/{id}/plan")
@Secured({Roles.CURATOR, Roles.MENTOR})
class PlanController {

    private static final Pattern TASK_PATH = Pattern.compile("tasks\\[(\\d+)]\\.(\\w+)");
    private static final Pattern TASK_SAID = Pattern.compile("^Задача (\\d+)\\b");

    private final SchoolClient school;
    private final PairHeaders headers;
    private final PracticeSearch practices;
    private final FormFlow forms;

    PlanController(SchoolClient school, PairHeaders headers, PracticeSearch practices, FormFlow forms) {
        this.school = school;
        this.headers = headers;
        this.practices = practices;
        this.forms = forms;
    }

    @Get(uri = "/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PlanFormPage>> editForm(@PathVariable UUID id, Authentication user) {
        Plans.Plan plan = school.plan(id);
        return Page.show(new PlanFormPage(header(id, user), !plan.saved(), plan.tasks().size(), PlanForm.of(plan),
                FormErrors.none()));
    }

    @Post(uri = "/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(@PathVariable UUID id, @Body PlanForm form, Authentication user, Session session) {
        PairHeader header = header(id, user);
        Plans.Plan plan = school.plan(id);
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.savePlan(id, f.toCommand(plan)),
                        field -> List.of("difficulties", "goals").contains(Refusals.leaf(field)) ? Refusals.leaf(field) : null,
                        PlanForm::field),
                saved -> new Redirect(header.back() + "#plan", plan.saved() ? "План сохранён."
                        : "План сохранён: задач в нём " + saved.total() + ". Отмечайте выполненные по мере работы."),
                errors -> Page.show(new PlanFormPage(header, !plan.saved(), plan.tasks().size(), form, errors)));
    }

    @Get(uri = "/tasks/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<TaskPage>> newTask(@PathVariable UUID id, @Nullable @QueryValue String section,
                                         Authentication user) {
        PairHeader header = header(id, user);
        Plans.Plan plan = school.plan(id);
        String known = plan.sectionList().stream().map(Plans.Section::code).filter(c -> c.equals(section)).findFirst()
                .orElse("");
        return Page.show(page(header, null, TaskForm.empty(known, null), FormErrors.none(), plan));
    }

    @Post(uri = "/tasks/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addTask(@PathVariable UUID id, @Body TaskForm form, Authentication user, Session session) {
        return saveTask(id, null, form, user, session);
    }

    @Get(uri = "/tasks/{taskId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<TaskPage>> task(@PathVariable UUID id, @PathVariable UUID taskId, Authentication user) {
        PairHeader header = header(id, user);
        Plans.Plan plan = school.plan(id);
        Plans.Task task = existing(plan, taskId);
        return Page.show(page(header, taskId, TaskForm.of(PlanEdits.sectionOf(plan, taskId), task), FormErrors.none(),
                plan));
    }

    @Post(uri = "/tasks/{taskId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeTask(@PathVariable UUID id, @PathVariable UUID taskId, @Body TaskForm form,
                               Authentication user, Session session) {
        return saveTask(id, taskId, form, user, session);
    }

    @Post(uri = "/tasks/{taskId}/done", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> done(@PathVariable UUID id, @PathVariable UUID taskId, Authentication user, Session session) {
        return mark(id, taskId, true, user, session);
    }

    @Post(uri = "/tasks/{taskId}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(@PathVariable UUID id, @PathVariable UUID taskId, Authentication user, Session session) {
        return mark(id, taskId, false, user, session);
    }

    @Get(uri = "/tasks/{taskId}/delete", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmDelete(@PathVariable UUID id, @PathVariable UUID taskId,
                                                  Authentication user) {
        PairHeader header = header(id, user);
        Plans.Task task = existing(school.plan(id), taskId);
        return Page.show(ConfirmPage.of("Удалить задачу плана", "Удалить задачу из плана развития?",
                List.of("«" + task.title() + "»", header.heading()),
                "/pairs/" + id + "/plan/tasks/" + taskId + "/delete", "Удалить задачу", header.back() + "#plan"));
    }

    @Post(uri = "/tasks/{taskId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable UUID id, @PathVariable UUID taskId, Authentication user, Session session) {
        String back = header(id, user).back() + "#plan";
        return forms.act(session, back, () -> {
            Plans.Plan plan = school.plan(id);
            existing(plan, taskId);
            return school.savePlan(id, PlanEdits.without(plan, taskId));
        }, p -> "Задача удалена из плана.");
    }

    /** The plan as a document with the signatures block: the mentee may print it too. */
    @Get(uri = "/document", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    @Secured({Roles.CURATOR, Roles.MENTOR, PortalUser.MENTEE})
    HttpResponse<byte[]> document(@PathVariable UUID id, @Nullable @QueryValue String format) {
        String chosen = Downloads.format(format);
        return Downloads.handOn(school.planDocument(id, chosen),
                "docx".equals(chosen) ? SchoolClient.DOCX : SchoolClient.PDF, "plan." + chosen);
    }

    private HttpResponse<?> saveTask(UUID id, @Nullable UUID taskId, TaskForm typed, Authentication user,
                                     Session session) {
        PairHeader header = header(id, user);
        Plans.Plan plan = school.plan(id);
        Plans.Task before = taskId == null ? null : existing(plan, taskId);
        TaskForm form = typed.within(header.startsOn(), header.endsOn());
        if (form.finding()) {
            return HttpResponse.ok(Page.show(page(header, taskId, form, FormErrors.none(), plan)));
        }
        return forms.submit(form, session, f -> {
                    Plans.SaveTask task = f.toTask(taskId, before != null && before.done());
                    Plans.Save save = PlanEdits.withTask(plan, taskId, task);
                    int index = PlanEdits.index(save, taskId, task);
                    return Refusals.explained(() -> school.savePlan(id, save),
                            (field, message) -> ownField(field, message, index), TaskForm::field);
                },
                saved -> new Redirect(header.back() + (form.section() == null ? "#plan" : "#section-" + form.section().strip()),
                        taskId == null ? "Задача добавлена в план." : "Задача сохранена."),
                errors -> Page.show(page(header, taskId, form, errors, plan)));
    }

    private HttpResponse<?> mark(UUID id, UUID taskId, boolean done, Authentication user, Session session) {
        String back = header(id, user).back() + "#plan";
        return forms.act(session, back, () -> {
            Plans.Plan plan = school.plan(id);
            existing(plan, taskId);
            return school.savePlan(id, PlanEdits.marked(plan, taskId, done));
        }, p -> done ? "Задача отмечена выполненной: выполнено " + p.done() + " из " + p.total() + "."
                : "Отметка о выполнении снята.");
    }

    private TaskPage page(PairHeader header, @Nullable UUID taskId, TaskForm form, FormErrors errors, Plans.Plan plan) {
        Plans.Task before = taskId == null ? null : PlanEdits.find(plan, taskId);
        String linkedTitle = before != null && before.practiceTitle() != null ? before.practiceTitle()
                : "выбранная практика";
        PracticeSearch.Found found = practices.find(form.practiceQuery());
        return TaskPage.of(header, taskId, form, errors, plan, linkedTitle, found.hits(), found.note());
    }

    /**
     * A task's field the service named, this task's under its field and another's above the form: the service
     * says which task by its place in the plan, in the path ({@code tasks[2].dueOn}) or the message («Задача 3
     * «…»: срок …»).
     */
    @Nullable
    static String ownField(String field, String message, int index) {
        Matcher path = TASK_PATH.matcher(field);
        if (path.find()) {
            return Integer.parseInt(path.group(1)) == index && TaskForm.FIELDS.contains(path.group(2))
                    ? path.group(2) : null;
        }
        String leaf = Refusals.leaf(field);
        Matcher said = TASK_SAID.matcher(message);
        if (said.find() && Integer.parseInt(said.group(1)) != index + 1) {
            return null;
        }
        return TaskForm.FIELDS.contains(leaf) ? leaf : null;
    }

    private static Plans.Task existing(Plans.Plan plan, UUID taskId) {
        Plans.Task task = PlanEdits.find(plan, taskId);
        if (task == null) {
            // a task of another plan, or one deleted meanwhile: «Страница не найдена»
            throw new BackendException.Rejected("Школьный сервис", 404, BackendProblem.untitled("Задача не найдена"));
        }
        return task;
    }

    private PairHeader header(UUID id, Authentication user) {
        return headers.of(id, PortalUser.of(user));
    }
}
