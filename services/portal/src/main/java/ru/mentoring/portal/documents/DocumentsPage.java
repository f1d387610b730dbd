package ru.mentoring.portal.documents;

import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.pair.PairLabels;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * «Документы»: the assignment order (приказ о закреплении наставнических пар и групп) of a school year as
 * PDF and DOCX, with the pairs it fixes and those that will join it once confirmed; the order on results
 * (приказ об итогах) with the pairs that ended that year.
 */
record DocumentsPage(String year, List<Option> years, List<Row> ordered, List<Row> waiting, List<Row> ended)
        implements PageModel {

    // the statuses the order lists: pairs that worked or work; waiting and refused ones are not fixed by it
    static final Set<String> IN_ORDER = Set.of("ACTIVE", "COMPLETED", "TERMINATED");
    // the order on results (приказ об итогах) sums up the pairs that ended: completed or terminated early
    static final Set<String> ENDED = Set.of("COMPLETED", "TERMINATED");

    static DocumentsPage of(String year, List<String> years, List<Pairs.Pair> pairs) {
        LocalDate from = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<Pairs.Pair> ofYear = pairs.stream().filter(p -> p.startsOn() != null && !p.startsOn().isBefore(from)
                && !p.startsOn().isAfter(to)).toList();
        return new DocumentsPage(year, Option.of(years, y -> y, y -> y + " учебный год", y -> y.equals(year)),
                ofYear.stream().filter(p -> IN_ORDER.contains(p.status())).map(Row::of).toList(),
                ofYear.stream().filter(p -> PairLabels.waiting(p.status())).map(Row::of).toList(),
                ofYear.stream().filter(p -> ENDED.contains(p.status())).map(Row::of).toList());
    }

    @Override
    public String view() {
        return "documents";
    }

    @Override
    public String title() {
        return "Документы";
    }

    record Row(UUID id, String mentor, List<String> mentees, String form, String term, String status) {

        static Row of(Pairs.Pair p) {
            return new Row(p.id(), p.mentorName(), p.memberList().stream().map(PairLabels::member).toList(),
                    p.formTitle() == null ? "—" : p.formTitle(), Dates.day(p.startsOn()) + " — " + Dates.day(p.endsOn()),
                    PairLabels.status(p));
        }
    }
}
