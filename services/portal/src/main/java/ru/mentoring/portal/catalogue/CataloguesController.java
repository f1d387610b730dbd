package ru.mentoring.portal.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * «Справочники»: the methodist adds, renames, retires and brings back competencies, forms of mentoring
 * (and their variants) and kinds of teacher mentoring. Retiring is asked about first.
 */
@Hidden
@Controller("/catalogues")
@Secured(Roles.METHODIST)
class CataloguesController {

    private static final Map<String, String> NOUNS = Map.of(Catalogues.COMPETENCIES, "компетенцию",
            Catalogues.FORMS, "форму наставничества", Catalogues.FORMATS, "вид наставничества");
    private static final String BACK = "/catalogues";

    private final MentorBankClient bank;
    private final FormFlow forms;

    CataloguesController(MentorBankClient bank, FormFlow forms) {
        this.bank = bank;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CataloguesPage>> page() {
        return Page.show(new CataloguesPage(List.of(
                new CataloguesPage.Section(Catalogues.COMPETENCIES, "Компетенции (сильные стороны)", "Компетенция",
                        "Из них выбирают сильные стороны наставников; формулировки школ сопоставляются с ними.",
                        bank.wholeList(Catalogues.COMPETENCIES, true).list()),
                new CataloguesPage.Section(Catalogues.FORMS, "Формы наставничества и их варианты", "Форма",
                        "Кто кого наставляет, и ролевые модели внутри формы.",
                        bank.wholeList(Catalogues.FORMS, true).list()),
                new CataloguesPage.Section(Catalogues.FORMATS, "Виды и форматы наставничества педагогов", "Вид",
                        "Как наставник работает с педагогом: традиционное, групповое, виртуальное…",
                        bank.wholeList(Catalogues.FORMATS, true).list()))));
    }

    @Post(uri = "/{list}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@PathVariable String list, @Body CatalogueForms.TitleForm form, Session session) {
        return forms.act(form, session, BACK, f -> bank.addEntry(known(list), new Catalogue.Title(f.title().strip())),
                e -> "Добавлено в справочник: «" + e.title() + "».");
    }

    @Post(uri = "/{list}/{code}/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(@PathVariable String list, @PathVariable String code, @Body CatalogueForms.TitleForm form,
                           Session session) {
        return forms.act(form, session, BACK,
                f -> bank.renameEntry(known(list), code, new Catalogue.Title(f.title().strip())),
                e -> "Переименовано: «" + e.title() + "». У наставников название обновлено.");
    }

    /** Retiring is asked about first: the entry stays on the mentors who have it. */
    @Get(uri = "/{list}/{code}/retire", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmRetire(@PathVariable String list, @PathVariable String code) {
        Catalogue.Entry entry = entry(known(list), code);
        return Page.show(ConfirmPage.of("Вывести из справочника", "Вывести " + NOUNS.get(list) + " из справочника?",
                List.of("«" + entry.title() + "»", "У наставников, у которых она уже указана, она останется.",
                        "В формах и поиске её больше не будет. Вернуть можно в любой момент."),
                BACK + "/" + list + "/" + code + "/retire", "Вывести из справочника", BACK));
    }

    @Post(uri = "/{list}/{code}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retire(@PathVariable String list, @PathVariable String code, Session session) {
        return forms.act(session, BACK, () -> bank.retireEntry(known(list), code),
                e -> "Выведено из справочника: «" + e.title() + "».");
    }

    @Post(uri = "/{list}/{code}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(@PathVariable String list, @PathVariable String code, Session session) {
        return forms.act(session, BACK, () -> bank.restoreEntry(known(list), code),
                e -> "Возвращено в справочник: «" + e.title() + "».");
    }

    @Post(uri = "/forms/{code}/variants", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addVariant(@PathVariable String code, @Body CatalogueForms.TitleForm form, Session session) {
        return forms.act(form, session, BACK, f -> bank.addVariant(code, new Catalogue.Title(f.title().strip())),
                e -> "Вариант добавлен к форме «" + e.title() + "».");
    }

    @Post(uri = "/forms/{code}/variants/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renameVariant(@PathVariable String code, @Body CatalogueForms.VariantRename form, Session session) {
        return forms.act(form, session, BACK,
                f -> bank.renameVariant(code, new Catalogue.VariantRename(f.title(), f.newTitle().strip())),
                e -> "Вариант переименован: «" + form.newTitle().strip() + "».");
    }

    @Get(uri = "/forms/{code}/variants/retire", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmRetireVariant(@PathVariable String code, @Nullable @QueryValue String title) {
        Catalogue.Entry form = entry(Catalogues.FORMS, code);
        if (title == null || !form.variantList().contains(title)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Вариант не найден");
        }
        return Page.show(ConfirmPage.of("Вывести вариант из справочника", "Вывести вариант формы из справочника?",
                List.of("«" + title + "» формы «" + form.title() + "»"),
                BACK + "/forms/" + code + "/variants/retire?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                "Вывести из справочника", BACK));
    }

    @Post(uri = "/forms/{code}/variants/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retireVariant(@PathVariable String code, @Nullable @QueryValue String title, Session session) {
        return forms.act(new CatalogueForms.TitleForm(title), session, BACK,
                f -> bank.retireVariant(code, new Catalogue.Title(f.title())),
                e -> "Вариант «" + title + "» выведен из справочника.");
    }

    @Post(uri = "/forms/{code}/variants/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restoreVariant(@PathVariable String code, @Body CatalogueForms.TitleForm form, Session session) {
        return forms.act(form, session, BACK, f -> bank.restoreVariant(code, new Catalogue.Title(f.title())),
                e -> "Вариант «" + form.title() + "» возвращён в справочник.");
    }

    private Catalogue.Entry entry(String list, String code) {
        return bank.wholeList(list, true).list().stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Запись справочника не найдена"));
    }

    /** An address naming no list of the bank is «Страница не найдена», not a call the bank would refuse. */
    private static String known(String list) {
        if (!NOUNS.containsKey(list)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Справочник не найден");
        }
        return list;
    }
}
