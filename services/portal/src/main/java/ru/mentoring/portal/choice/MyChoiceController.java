package ru.mentoring.portal.choice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.MyChoice;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.matching.Explained;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/**
 * Mutual choice, the mentee's own side: a mentee with a login picks from their explained shortlist; the pair
 * then waits for the mentor's answer in the mentor's «Предложения», and the curator sees it among the pairs.
 */
@Hidden
@Controller("/my-choice")
@Secured(Roles.MENTEE)
class MyChoiceController {

    private final SchoolClient school;
    private final FormFlow forms;

    MyChoiceController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MyChoicePage>> shortlist() {
        return Page.show(page(school.myShortlist(), ChooseForm.EMPTY, FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> choose(@Body ChooseForm form, Session session) {
        return forms.submit(form, session, f -> school.choose(f.toChoice()),
                chosen -> new Redirect("/my-pairs", "Вы выбрали наставника: " + chosen.mentorName() + " ("
                        + chosen.formTitle() + "). Наставник получит предложение и ответит; куратор школы видит ваш выбор."),
                errors -> Page.show(page(school.myShortlist(), form, errors)));
    }

    static MyChoicePage page(MyChoice.Shortlist shortlist, ChooseForm form, FormErrors errors) {
        return new MyChoicePage(shortlist.fullName(), shortlist.closed(), shortlist.offerList().stream()
                .map(o -> new MyChoicePage.Row(Explained.of(o.candidate()), o.formList().stream()
                        .map(f -> new Option(f.code(), f.title(), f.code().equals(form.form()))).toList()))
                .toList(), errors);
    }
}
