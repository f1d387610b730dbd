package ru.mentoring.portal.choice;

import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/**
 * «Предложения» in the mentor's portal: the pairs mentees chose this mentor for, with only what a mentor
 * may know before saying yes — each mentee's first name and class.
 */
record OffersPage(List<Row> rows) implements PageModel {

    static OffersPage of(List<Pairs.Offer> offers, Schools schools) {
        return new OffersPage(offers.stream().map(o -> Row.of(o, schools)).toList());
    }

    @Override
    public String view() {
        return "offers";
    }

    @Override
    public String title() {
        return "Предложения";
    }

    record Row(UUID pairId, String school, String form, String term, List<String> mentees) {

        static Row of(Pairs.Offer o, Schools schools) {
            return new Row(o.pairId(), schools.label(o.schoolId()), o.formTitle() == null ? "—" : o.formTitle(),
                    Dates.day(o.startsOn()) + " — " + Dates.day(o.endsOn()),
                    o.menteeList().stream().map(m -> (m.firstName() == null ? "наставляемый" : m.firstName())
                            + (m.grade() == null || m.grade().isBlank() ? "" : ", " + m.grade() + " класс")).toList());
        }
    }
}
