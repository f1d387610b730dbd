package ru.mentoring.portal.pair;

import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/** «Пары и группы» of the school, narrowed by status. */
record PairsPage(String status, List<Row> rows, List<Option> statuses, long waiting) implements PageModel {

    static PairsPage of(String status, List<Pairs.Pair> pairs) {
        return new PairsPage(status, pairs.stream().map(Row::of).toList(), PairLabels.statuses(status),
                pairs.stream().filter(p -> PairLabels.waiting(p.status())).count());
    }

    @Override
    public String view() {
        return "pairs";
    }

    @Override
    public String title() {
        return "Пары и группы";
    }

    record Row(UUID id, String kind, String mentor, List<String> mentees, String form, String term, String status,
               String statusClass, String formation, String refusal) {

        static Row of(Pairs.Pair p) {
            return new Row(p.id(), p.group() ? "группа" : "пара", p.mentorName(),
                    p.memberList().stream().map(PairLabels::member).toList(),
                    p.formTitle() == null ? "—" : p.formTitle(),
                    Dates.day(p.startsOn()) + " — " + Dates.day(p.endsOn()), PairLabels.status(p),
                    PairLabels.statusClass(p.status()), p.formationTitle() == null ? "—" : p.formationTitle(),
                    p.refusalReason() == null ? "" : p.refusalReason());
        }
    }
}
