package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Backend;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.FormProblems;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.support.tenancy.Roles;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * «Банк наставников»: the methodist's municipal bank with every profile field, search by strengths,
 * the mentor's card and its edit form, and the Excel lists schools already keep, both ways.
 */
@Hidden
@Controller("/bank")
@Secured(Roles.METHODIST)
class BankController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MentorBank bank;
    private final Catalogues catalogues;

    BankController(MentorBank bank, Catalogues catalogues) {
        this.bank = bank;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> search(@Nullable @QueryValue String strength, @Nullable @QueryValue String form,
                                             @Nullable @QueryValue String subject, @Nullable @QueryValue String kind,
                                             @Nullable @QueryValue String school,
                                             @Nullable @QueryValue String visibility,
                                             @Nullable @QueryValue String onlyFree, @Nullable @QueryValue String q,
                                             Authentication user, Optional<Session> session) {
        var filter = new BankFilter(strength, form, subject, kind, school, visibility,
                onlyFree != null && !onlyFree.isBlank(), q);
        List<Catalogues.Entry> forms = catalogues.forms(user);
        Catalogues.Schools schools = catalogues.schools(user);
        Map<String, String> formTitles = Catalogues.titles(forms);
        List<BankRow> rows = bank.search(filter, user).stream().map(m -> BankRow.of(m, schools, formTitles)).toList();
        var page = Pages.page("bank", "Банк наставников", Map.of(
                "filter", filter, "rows", rows, "competencies", catalogues.competencies(user), "forms", forms,
                "schools", schools.all(), "kinds", Option.kinds(), "visibilities", Option.visibilities()));
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> card(String id, Authentication user, Optional<Session> session) {
        MentorProfile mentor = bank.find(id, user);
        var card = MentorCard.of(mentor, catalogues.schools(user), Catalogues.titles(catalogues.forms(user)));
        var page = Pages.page("mentor-card", mentor.fullName(), Map.of("card", card));
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> editForm(String id, Authentication user) {
        return editPage(id, ProfileForm.of(bank.find(id, user)), null, Map.of(), user);
    }

    /** A form can only POST; the bank's change is a PUT of the whole profile. */
    @Post(uri = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(String id, @Body ProfileForm form, Authentication user, Session session) {
        Map<String, String> local = form.check();
        if (!local.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(editPage(id, form, "Проверьте заполнение формы", local, user));
        }
        try {
            MentorProfile saved = bank.update(id, form.toCommand(), user);
            Notices.success(session, "Профиль наставника сохранён: " + saved.fullName() + ".");
            return HttpResponse.seeOther(URI.create("/bank/" + id));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status())).body(editPage(id, form,
                    FormProblems.summary(rejected, "Банк наставников отклонил изменения"),
                    FormProblems.byField(rejected), user));
        }
    }

    /** The bank's Excel list handed to the browser as a file download. */
    @Get(uri = "/export.xlsx")
    HttpResponse<byte[]> export(Authentication user) {
        Backend.Download file = bank.export(user);
        return HttpResponse.ok(file.content())
                .contentType(file.contentType().startsWith("application/json") ? XLSX : file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition()
                        .orElse("attachment; filename=\"mentor-bank.xlsx\""));
    }

    @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> importFile(@Nullable @Part("file") CompletedFileUpload file, Authentication user)
            throws IOException {
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(importPage(null, "Выберите файл Excel (.xlsx) со списком наставников."));
        }
        String type = file.getContentType().map(MediaType::toString).orElse(XLSX);
        try {
            var result = bank.importFile(file.getFilename(), type, file.getBytes(), user);
            return HttpResponse.ok(importPage(result, null));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status()))
                    .body(importPage(null, Notices.text(rejected, "Банк наставников не принял файл.")));
        }
    }

    private static ModelAndView<Map<String, Object>> importPage(@Nullable MentorBank.ImportResult result,
                                                                @Nullable String failure) {
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("rejected", result == null ? List.of() : result.rejectedRows());
        model.put("failure", failure);
        return Pages.page("bank-import", "Импорт из Excel", model);
    }

    private ModelAndView<Map<String, Object>> editPage(String id, ProfileForm form, @Nullable String summary,
                                                       Map<String, String> errors, Authentication user) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("form", form);
        model.put("summary", summary);
        model.put("errors", errors);
        model.put("kinds", Option.kinds());
        model.put("visibilities", Option.visibilities());
        model.put("competencies", catalogues.competencies(user));
        model.put("forms", catalogues.forms(user));
        model.put("schools", catalogues.schools(user).all());
        return Pages.page("mentor-edit", "Изменение профиля наставника", model);
    }

    /** An option of a select: the code the bank expects, the name the methodist reads. */
    record Option(String code, String label) {
        static List<Option> kinds() {
            return Arrays.stream(MentorKind.values()).map(k -> new Option(k.name(), MentorLabels.kind(k))).toList();
        }

        static List<Option> visibilities() {
            return Arrays.stream(MentorVisibility.values())
                    .map(v -> new Option(v.name(), MentorLabels.visibility(v))).toList();
        }
    }
}
