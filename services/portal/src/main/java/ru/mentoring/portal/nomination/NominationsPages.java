package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds «Выдвижения» for the user in front of it: the methodist's queue or a curator's school and form. */
@Singleton
class NominationsPages {

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final MentorNames mentors;

    NominationsPages(MentorBankClient bank, Catalogues catalogues, MentorNames mentors) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.mentors = mentors;
    }

    NominationsPage of(NominationForm form, FormErrors errors, @Nullable Nominations.Nomination approved,
                       Authentication authentication) {
        return of(form, errors, approved, authentication, NominationHistory.of(null, null, null, null, null, null));
    }

    /** For the methodist also the history of decided nominations, filtered as asked. */
    NominationsPage of(NominationForm form, FormErrors errors, @Nullable Nominations.Nomination approved,
                       Authentication authentication, NominationHistory filter) {
        PortalUser user = PortalUser.of(authentication);
        Schools schools = catalogues.schools();
        List<NetworkProjects.Project> projects = bank.projects().list();
        Map<UUID, String> projectNames = projects.stream()
                .collect(Collectors.toMap(NetworkProjects.Project::id, NetworkProjects.Project::name, (a, b) -> a));
        // the methodist works through the queue; a curator follows every nomination of the school
        List<NominationRow> rows = bank.nominations(user.isMethodist() ? "PENDING" : null).list().stream()
                .map(n -> NominationRow.of(n, schools, projectNames)).toList();
        NominationRow approvedRow = approved == null ? null : NominationRow.of(approved, schools, projectNames);
        String password = approved == null ? null : approved.temporaryPassword();
        if (!user.isCurator()) {
            List<NominationRow> history = bank.nominationHistory(filter.status(), true, filter.school(), filter.target(),
                    filter.mentor(), filter.from(), filter.to()).list().stream()
                    .map(n -> NominationRow.of(n, schools, projectNames)).toList();
            return new NominationsPage(rows, approvedRow, password, form, errors, List.of(), List.of(), List.of(),
                    List.of(), List.of(), history, filter, filter.statuses(),
                    Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label,
                            s -> s.id().equals(filter.school())), filter.targets());
        }
        String school = user.schoolId().orElse("");
        return new NominationsPage(rows, approvedRow, password, form, errors,
                Option.of(mentors.directory().stream().filter(m -> school.equals(m.homeSchoolId())).toList(),
                        m -> m.id().toString(), m -> m.label(), m -> m.id().toString().equals(form.mentorId())),
                MentorLabels.kinds(form.kind()),
                Option.of(catalogues.competencies(), Catalogue.Entry::title, Catalogue.Entry::title,
                        c -> form.strengths() != null && form.strengths().contains(c.title())),
                Option.of(List.of(NominationForm.MUNICIPAL, NominationForm.NETWORK), t -> t,
                        t -> NominationForm.MUNICIPAL.equals(t) ? "в муниципальный банк наставников"
                                : "в пул сетевого проекта", t -> t.equals(form.target())),
                Option.of(projects, p -> p.id().toString(), NetworkProjects.Project::name,
                        p -> p.id().toString().equals(form.networkProjectId())));
    }
}
