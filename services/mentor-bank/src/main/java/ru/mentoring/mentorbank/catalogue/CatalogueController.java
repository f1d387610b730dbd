package ru.mentoring.mentorbank.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.mentorbank.catalogue.CatalogueEditor.Section;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/**
 * The managed lists. Everyone signed in reads what is offered; the methodist also sees retired entries
 * ({@code ?all=true}) and adds, renames, retires and brings back entries and form variants.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CatalogueController {

    private final Catalogue catalogue;
    private final CatalogueEditor editor;

    CatalogueController(Catalogue catalogue, CatalogueEditor editor) {
        this.catalogue = catalogue;
        this.editor = editor;
    }

    @Get("/competencies")
    EntryList competencies(@Nullable @QueryValue Boolean all) {
        return new EntryList(Boolean.TRUE.equals(all) ? catalogue.allCompetencies() : catalogue.competencies());
    }

    @Get("/forms")
    EntryList forms(@Nullable @QueryValue Boolean all) {
        return new EntryList(Boolean.TRUE.equals(all) ? catalogue.allForms() : catalogue.forms());
    }

    @Get("/mentoring-formats")
    EntryList formats(@Nullable @QueryValue Boolean all) {
        return new EntryList(Boolean.TRUE.equals(all) ? catalogue.allFormats() : catalogue.formats());
    }

    /** A new competency; with the code of an existing one, renames it and brings it back (as before). */
    @Post("/competencies")
    @Secured(Roles.METHODIST)
    HttpResponse<Catalogue.Entry> addCompetency(@Valid @Body NewEntry entry) {
        if (entry.code() != null && catalogue.competency(entry.code()).isPresent()) {
            editor.rename(Section.COMPETENCY, entry.code(), entry.title());
            return HttpResponse.created(editor.restore(Section.COMPETENCY, entry.code()));
        }
        return HttpResponse.created(editor.add(Section.COMPETENCY, entry.code(), entry.title()));
    }

    @Post("/forms")
    @Secured(Roles.METHODIST)
    HttpResponse<Catalogue.Entry> addForm(@Valid @Body NewEntry entry) {
        return HttpResponse.created(editor.add(Section.FORM, entry.code(), entry.title()));
    }

    @Post("/mentoring-formats")
    @Secured(Roles.METHODIST)
    HttpResponse<Catalogue.Entry> addFormat(@Valid @Body NewEntry entry) {
        return HttpResponse.created(editor.add(Section.FORMAT, entry.code(), entry.title()));
    }

    @Put("/competencies/{code}")
    @Secured(Roles.METHODIST)
    Catalogue.Entry renameCompetency(String code, @Valid @Body Title body) {
        return editor.rename(Section.COMPETENCY, code, body.title());
    }

    @Put("/forms/{code}")
    @Secured(Roles.METHODIST)
    Catalogue.Entry renameForm(String code, @Valid @Body Title body) {
        return editor.rename(Section.FORM, code, body.title());
    }

    @Put("/mentoring-formats/{code}")
    @Secured(Roles.METHODIST)
    Catalogue.Entry renameFormat(String code, @Valid @Body Title body) {
        return editor.rename(Section.FORMAT, code, body.title());
    }

    @Post("/competencies/{code}/retire")
    @Secured(Roles.METHODIST)
    Catalogue.Entry retireCompetency(String code) {
        return editor.retire(Section.COMPETENCY, code);
    }

    @Post("/competencies/{code}/restore")
    @Secured(Roles.METHODIST)
    Catalogue.Entry restoreCompetency(String code) {
        return editor.restore(Section.COMPETENCY, code);
    }

    @Post("/forms/{code}/retire")
    @Secured(Roles.METHODIST)
    Catalogue.Entry retireForm(String code) {
        return editor.retire(Section.FORM, code);
    }

    @Post("/forms/{code}/restore")
    @Secured(Roles.METHODIST)
    Catalogue.Entry restoreForm(String code) {
        return editor.restore(Section.FORM, code);
    }

    @Post("/mentoring-formats/{code}/retire")
    @Secured(Roles.METHODIST)
    Catalogue.Entry retireFormat(String code) {
        return editor.retire(Section.FORMAT, code);
    }

    @Post("/mentoring-formats/{code}/restore")
    @Secured(Roles.METHODIST)
    Catalogue.Entry restoreFormat(String code) {
        return editor.restore(Section.FORMAT, code);
    }

    @Post("/forms/{code}/variants")
    @Secured(Roles.METHODIST)
    Catalogue.Entry addVariant(String code, @Valid @Body Title body) {
        return editor.addVariant(code, body.title());
    }

    /** The variant is named in the body: its title is free text, not fit for a path. */
    @Put("/forms/{code}/variants")
    @Secured(Roles.METHODIST)
    Catalogue.Entry renameVariant(String code, @Valid @Body VariantRename body) {
        return editor.renameVariant(code, body.title(), body.newTitle());
    }

    @Post("/forms/{code}/variants/retire")
    @Secured(Roles.METHODIST)
    Catalogue.Entry retireVariant(String code, @Valid @Body Title body) {
        return editor.setVariantActive(code, body.title(), false);
    }

    @Post("/forms/{code}/variants/restore")
    @Secured(Roles.METHODIST)
    Catalogue.Entry restoreVariant(String code, @Valid @Body Title body) {
        return editor.setVariantActive(code, body.title(), true);
    }

    @Serdeable
    record EntryList(List<Catalogue.Entry> items) {
    }

    /** The code is made from the title when left out. */
    @Serdeable
    record NewEntry(
            @Nullable @Pattern(regexp = "[A-Za-z0-9_]{2,40}",
                    message = "Код: от 2 до 40 латинских букв, цифр и _") String code,
            @NotBlank(message = "Укажите название") @Size(max = 200, message = "Название не длиннее 200 символов") String title) {
    }

    @Serdeable
    record Title(@NotBlank(message = "Укажите название")
                 @Size(max = 200, message = "Название не длиннее 200 символов") String title) {
    }

    @Serdeable
    record VariantRename(@NotBlank(message = "Укажите вариант, который переименовать") String title,
                         @NotBlank(message = "Укажите новое название варианта")
                         @Size(max = 200, message = "Название не длиннее 200 символов") String newTitle) {
    }
}
