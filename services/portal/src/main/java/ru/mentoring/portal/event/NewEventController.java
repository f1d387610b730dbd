package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.ArrayList;
import java.util.List;

/** «Новое мероприятие»: the methodist organises for the municipality or a network project, a curator for their school. */
@Hidden
@Controller("/events/new")
@Secured({Roles.METHODIST, Roles.CURATOR})
class NewEventController {

    private final EventsClient events;
    private final MentorBankClient bank;
    private final FormFlow forms;

    NewEventController(EventsClient events, MentorBankClient bank, FormFlow forms) {
        this.events = events;
        this.bank = bank;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<NewEventPage>> form(Authentication authentication) {
        PortalUser user = PortalUser.of(authentication);
        return Page.show(page(NewEventForm.empty(), FormErrors.none(), events.vocabulary(), user.isMethodist(), projects(user)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body NewEventForm form, Session session, Authentication authentication) {
        PortalUser user = PortalUser.of(authentication);
        List<NetworkProjects.Project> projects = projects(user);
        if (form.yearly().isPresent()) {
            return forms.submit(form, session, f -> events.createSeries(f.toSeries(projects)),
                    s -> new Redirect("/events/series/" + s.id(), "Ежегодное мероприятие «" + s.title() + "» создано: "
                            + s.rule() + ". Мероприятие этого года — в календаре; следующий год планируется на этой странице."),
                    errors -> Page.show(page(form, errors, events.vocabulary(), user.isMethodist(), projects)));
        }
        return forms.submit(form, session, f -> events.create(f.toCommand(projects)),
                e -> new Redirect("/events/" + e.id(), "Мероприятие «" + e.title() + "» создано: оно в календаре, "
                        + "заявки принимаются до " + EventLabels.day(e.closesAt()) + "."),
                errors -> Page.show(page(form, errors, events.vocabulary(), user.isMethodist(), projects)));
    }

    /** The methodist may name a network project as the organiser; a curator's events are their school's. */
    private List<NetworkProjects.Project> projects(PortalUser user) {
        return user.isMethodist() ? bank.projects().list() : List.of();
    }

    static NewEventPage page(NewEventForm form, FormErrors errors, Events.Vocabulary vocabulary, boolean methodist,
                             List<NetworkProjects.Project> projects) {
        List<Option> organisers = null;
        if (methodist) {
            organisers = new ArrayList<>();
            organisers.add(new Option(NewEventForm.MUNICIPALITY, "Муниципальная методическая служба",
                    form.organiser() == null || NewEventForm.MUNICIPALITY.equals(form.organiser())));
            for (NetworkProjects.Project p : projects) {
                organisers.add(new Option(p.id().toString(), "Сетевой проект «" + p.name() + "»",
                        p.id().toString().equals(form.organiser())));
            }
        }
        List<String> ticked = form.ticked();
        List<NewEventPage.QuestionRow> questions = form.questions().stream().map(q -> new NewEventPage.QuestionRow(
                q.field("Label"), q.label(), q.field("Type"), EventLabels.options(vocabulary.fieldTypes(), q.type()),
                q.field("Options"), q.options(), q.field("Required"), q.required())).toList();
        return new NewEventPage(form, errors, EventLabels.options(vocabulary.kinds(), form.kind()), organisers,
                YearlyRule.options(form.repeat()), EventLabels.options(vocabulary.formats(), form.format()),
                vocabulary.audiences().stream().map(t -> new Option(t.code(), t.title(), ticked.contains(t.code()))).toList(),
                questions);
    }
}
