package ru.mentoring.portal.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** The roadmap's activities: added, changed, marked done or reopened, deleted after a confirmation. */
@Hidden
@Controller("/programme/{id}/roadmap")
@Secured(Roles.CURATOR)
class RoadmapController {

    private final SchoolClient school;
    private final FormFlow forms;

    RoadmapController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@PathVariable UUID id, @Body RoadmapItemForm form, Session session) {
        return forms.submit(form, session, f -> school.addRoadmapItem(id, f.toCommand()),
                p -> new Redirect(back(id, form.stage()), "Мероприятие добавлено в дорожную карту."),
                errors -> Page.show(ProgrammePage.of(school.programme(id), school.programmes().list(), form, errors)));
    }

    @Get(uri = "/{itemId}/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<RoadmapItemPage>> editForm(@PathVariable UUID id, @PathVariable UUID itemId) {
        Programmes.Programme programme = school.programme(id);
        for (Programmes.Stage stage : programme.stageList()) {
            for (Programmes.Item item : stage.itemList()) {
                if (item.id().equals(itemId)) {
                    return page(programme, itemId, RoadmapItemForm.of(stage.stage(), item), FormErrors.none());
                }
            }
        }
        // an activity of another programme, or one deleted meanwhile: «Страница не найдена»
        throw new BackendException.Rejected("Школьный сервис", 404, BackendProblem.untitled("Мероприятие не найдено"));
    }

    @Post(uri = "/{itemId}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(@PathVariable UUID id, @PathVariable UUID itemId, @Body RoadmapItemForm form,
                         Session session) {
        return forms.submit(form, session, f -> school.updateRoadmapItem(id, itemId, f.toCommand()),
                p -> new Redirect(back(id, form.stage()), "Мероприятие сохранено."),
                errors -> page(school.programme(id), itemId, form, errors));
    }

    @Post(uri = "/{itemId}/done", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> done(@PathVariable UUID id, @PathVariable UUID itemId, Session session) {
        return forms.act(session, "/programme/" + id, () -> school.markRoadmapItemDone(id, itemId),
                p -> "Мероприятие отмечено выполненным.");
    }

    @Post(uri = "/{itemId}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reopen(@PathVariable UUID id, @PathVariable UUID itemId, Session session) {
        return forms.act(session, "/programme/" + id, () -> school.reopenRoadmapItem(id, itemId),
                p -> "Отметка о выполнении снята.");
    }

    /** Reached only through the confirmation the roadmap page asks for. */
    @Post(uri = "/{itemId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> delete(@PathVariable UUID id, @PathVariable UUID itemId, Session session) {
        return forms.act(session, "/programme/" + id, () -> school.removeRoadmapItem(id, itemId),
                p -> "Мероприятие удалено из дорожной карты.");
    }

    private static String back(UUID id, String stage) {
        String number = stage == null ? "" : stage.strip();
        return "/programme/" + id + (number.matches("[1-7]") ? "#stage-" + number : "");
    }

    private static ModelAndView<Page<RoadmapItemPage>> page(Programmes.Programme programme, UUID itemId,
                                                           RoadmapItemForm form, FormErrors errors) {
        return Page.show(new RoadmapItemPage(programme.id(), itemId, programme.schoolYear(), form, errors,
                ProgrammePage.stageOptions(programme, form.stage())));
    }
}
