package ru.mentoring.school.plan;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;

/** The plan templates per form of mentoring: the methodist keeps them, curators and mentors read them. */
@Controller("/api/plan-templates")
@Secured({Roles.METHODIST, Roles.CURATOR, Roles.MENTOR})
class PlanTemplateController {

    private final PlanTemplates templates;
    private final FormTitles forms;

    PlanTemplateController(PlanTemplates templates, FormTitles forms) {
        this.templates = templates;
        this.forms = forms;
    }

    @Get
    TemplateList list() {
        return new TemplateList(templates.all());
    }

    @Get("/{form}")
    PlanTemplate find(String form) {
        if (!forms.exists(form)) {
            throw BusinessRuleException.notFound("Неизвестная форма наставничества «" + form + "»");
        }
        return templates.of(form);
    }

    @Put("/{form}")
    @Secured(Roles.METHODIST)
    PlanTemplate save(Authentication authentication, String form, @Valid @Body PlanCommands.SaveTemplate body) {
        return templates.save(form, body, Caller.of(authentication).username());
    }

    @Serdeable
    record TemplateList(List<PlanTemplate> items) {
    }
}
