package ru.mentoring.portal.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.consent.ConsentKinds;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Назначение наставника»: the curator forms a pair or a group directly. The portal checks what it can
 * know (free seats, consents, dates) and the school service has the last word; every problem is said at
 * once, next to its field.
 */
@Hidden
@Controller("/pairs/new")
@Secured(Roles.CURATOR)
class AssignmentController {

    private final SchoolClient school;
    private final Catalogues catalogues;
    private final FormFlow forms;
    private final Today today;

    AssignmentController(SchoolClient school, Catalogues catalogues, FormFlow forms, Today today) {
        this.school = school;
        this.catalogues = catalogues;
        this.forms = forms;
        this.today = today;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<AssignmentPage>> form(@Nullable @QueryValue String mentee) {
        UUID chosen = Typed.id(mentee);
        LocalDate start = today.date();
        return page(AssignmentForm.empty(chosen == null ? null : chosen.toString(), start, Today.endOfSchoolYear(start)),
                FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(@Body AssignmentForm typed, Session session) {
        AssignmentForm form = typed.knowing(freeSeats(typed.mentorId()), withoutConsent(typed.mentees()));
        return forms.submit(form, session, f -> PairRefusals.explained(() -> school.formPair(f.toCommand())),
                pair -> new Redirect("/pairs/" + pair.id(), (pair.group() ? "Группа сформирована" : "Пара сформирована")
                        + " и ожидает подтверждения банка наставников: места наставника закрепляются в течение "
                        + "нескольких секунд."),
                errors -> page(form, errors));
    }

    @Nullable
    private Integer freeSeats(@Nullable String mentorId) {
        UUID id = Typed.id(mentorId);
        if (id == null) {
            return null;
        }
        return school.directory(null).list().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(DirectoryEntry::freeCapacity).orElse(null);
    }

    /** The names of the chosen mentees who have no processing consent in force: a few calls, one per mentee. */
    private List<String> withoutConsent(List<UUID> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = school.mentees(null, null, null, null).list().stream()
                .collect(Collectors.toMap(Mentees.Mentee::id, Mentees.Mentee::fullName, (a, b) -> a));
        List<String> without = new ArrayList<>();
        for (UUID id : chosen) {
            if (!names.containsKey(id)) {
                continue; // an archived or unknown mentee: the school service says what is wrong with it
            }
            try {
                boolean consented = school.consents(id).list().stream()
                        .anyMatch(c -> c.inForce() && ConsentKinds.PROCESSING.equals(c.kind()));
                if (!consented) {
                    without.add(names.get(id));
                }
            } catch (BackendException.Rejected rejected) {
                // left to the school service, which refuses the pair with its own reason
            }
        }
        return without;
    }

    private ModelAndView<Page<AssignmentPage>> page(AssignmentForm form, FormErrors errors) {
        return Page.show(AssignmentPage.of(form, errors, school.directory(null).list(),
                school.mentees(null, null, null, null).list(), catalogues.forms(), catalogues.schools()));
    }
}
