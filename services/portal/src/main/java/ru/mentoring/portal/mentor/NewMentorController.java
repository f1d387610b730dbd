package ru.mentoring.portal.mentor;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.BackendProblem;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** «Новый наставник»: a methodist registers a mentor in the municipal bank. */
@Hidden
@Controller("/mentors/new")
@Secured(Roles.METHODIST)
class NewMentorController {

    private static final String TITLE = "Новый наставник";

    private final MentorBank bank;

    NewMentorController(MentorBank bank) {
        this.bank = bank;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page(MentorForm.empty(), null, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> register(@Body MentorForm form, Authentication user, Session session) {
        Map<String, String> local = checkLocally(form);
        if (!local.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(form, "Проверьте заполнение формы", local));
        }
        try {
            MentorBank.Registered mentor = bank.register(form.toRegistration(), user);
            Notices.success(session, "Наставник добавлен в муниципальный банк: " + mentor.fullName()
                    + ". В справочнике школ он появится в течение нескольких секунд.");
            return HttpResponse.seeOther(URI.create("/directory"));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status()))
                    .body(page(form, summary(rejected.problem()), fieldErrors(rejected.errors())));
        }
    }

    /** What the bank would refuse in English codes or cannot receive at all, said in Russian first. */
    private static Map<String, String> checkLocally(MentorForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.kind() == null || form.kind().isBlank()
                || Arrays.stream(MentorKind.values()).noneMatch(k -> k.name().equals(form.kind()))) {
            errors.put("kind", "Выберите категорию наставника");
        }
        if (form.capacity() != null && !form.capacity().isBlank() && form.capacityNumber() == null) {
            errors.put("capacity", "Вместимость — целое число от 1 до 50");
        }
        return errors;
    }

    private static Map<String, String> fieldErrors(List<BackendProblem.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (BackendProblem.FieldError error : errors) {
            byField.merge(error.field() == null ? "" : error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }

    private static String summary(BackendProblem problem) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return "Проверьте заполнение формы";
        }
        return problem.detail() != null ? problem.detail()
                : problem.title() != null ? problem.title() : "Банк наставников отклонил запрос";
    }

    private static ModelAndView<Map<String, Object>> page(MentorForm form, String summary, Map<String, String> errors) {
        var page = Pages.page("mentor-form", TITLE, Map.of("form", form, "errors", errors, "kinds", KindOption.all()));
        page.getModel().ifPresent(model -> model.put("summary", summary));
        return page;
    }

    /** An option of the category select: the code the bank expects, the name the methodist reads. */
    record KindOption(String code, String label) {
        static List<KindOption> all() {
            return Arrays.stream(MentorKind.values()).map(k -> new KindOption(k.name(), MentorLabels.kind(k))).toList();
        }
    }
}
