package ru.mentoring.portal.pair;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentee.MenteeLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * «Назначение наставника»: a pair (one mentee) or a group (several) with a mentor of the school's
 * directory who has free seats; the new pair waits for the mentor bank's confirmation.
 */
record AssignmentPage(AssignmentForm form, FormErrors errors, List<Option> mentors, List<Option> mentees,
                      List<Option> forms, List<Option> variants) implements PageModel {

    static AssignmentPage of(AssignmentForm form, FormErrors errors, List<DirectoryEntry> directory,
                             List<Mentees.Mentee> candidates, List<Catalogue.Entry> catalogue, Schools schools) {
        List<Option> mentors = directory.stream()
                .filter(m -> m.freeCapacity() != null && m.freeCapacity() > 0)
                .map(m -> new Option(m.id().toString(), mentorLabel(m, schools), m.id().toString().equals(form.mentorId())))
                .toList();
        // candidates first; one already in a pair may still join a pair of another form
        List<Option> mentees = candidates.stream()
                .sorted(java.util.Comparator.comparing((Mentees.Mentee m) -> !"CANDIDATE".equals(m.status())))
                .map(m -> new Option(m.id().toString(), MenteeLabels.withPlace(m.fullName(), m.grade(), m.position())
                        + ("CANDIDATE".equals(m.status()) ? "" : " (" + MenteeLabels.status(m.status()) + ")"),
                        form.chose(m.id().toString())))
                .toList();
        List<Option> variants = new ArrayList<>();
        for (Catalogue.Entry f : catalogue) {
            for (String v : f.variants() == null ? List.<String>of() : f.variants()) {
                variants.add(new Option(v, f.title() + ": " + v, v.equals(form.variant())));
            }
        }
        return new AssignmentPage(form, errors, mentors, mentees,
                Option.of(catalogue, Catalogue.Entry::code, Catalogue.Entry::title, f -> f.code().equals(form.form())),
                variants);
    }

    /** «Иванова Мария Петровна — учитель математики, СОШ № 1, свободно мест: 2». */
    static String mentorLabel(DirectoryEntry m, Schools schools) {
        List<String> parts = new ArrayList<>();
        if (m.position() != null && !m.position().isBlank()) {
            parts.add(m.position().strip());
        }
        if (m.homeSchoolId() != null && !m.homeSchoolId().isBlank()) {
            parts.add(schools.label(m.homeSchoolId()));
        } else if (m.organisation() != null && !m.organisation().isBlank()) {
            parts.add(m.organisation().strip());
        }
        parts.add("свободно мест: " + m.freeCapacity());
        return m.fullName() + " — " + String.join(", ", parts);
    }

    @Override
    public String view() {
        return "pair-new";
    }

    @Override
    public String title() {
        return "Назначение наставника";
    }
}
