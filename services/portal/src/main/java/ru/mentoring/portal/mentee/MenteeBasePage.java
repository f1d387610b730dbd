package ru.mentoring.portal.mentee;

import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «База наставляемых»: the mentees found, how many there are in each state, and the filters as set. */
record MenteeBasePage(MenteeFilter filter, List<MenteeRow> rows, List<String> counts, List<Option> statuses,
                      List<Option> kinds, List<Option> categories) implements PageModel {

    /** {@code base} is every mentee not archived, for the counts; {@code found} what the filters found. */
    static MenteeBasePage of(MenteeFilter filter, List<Mentees.Mentee> base, List<Mentees.Mentee> found,
                             List<Mentees.Category> categories) {
        List<String> counts = List.of("в базе (без архива): " + base.size(),
                "кандидатов: " + count(base, "CANDIDATE"), "в паре: " + count(base, "IN_PAIR"),
                "завершили программу: " + count(base, "COMPLETED"));
        return new MenteeBasePage(filter, found.stream().map(MenteeRow::of).toList(), counts,
                MenteeLabels.statuses(filter.status()), MenteeLabels.kinds(filter.kind()),
                Option.of(categories, Mentees.Category::code,
                        c -> c.active() ? c.title() : c.title() + " (не используется)",
                        c -> c.code().equals(filter.category())));
    }

    private static long count(List<Mentees.Mentee> mentees, String status) {
        return mentees.stream().filter(m -> status.equals(m.status())).count();
    }

    @Override
    public String view() {
        return "mentees";
    }

    @Override
    public String title() {
        return "База наставляемых";
    }
}
