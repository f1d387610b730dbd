package ru.mentoring.portal.mentor;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Банк наставников»: the filters with their choices, and the mentors found. */
record BankPage(BankFilter filter, List<BankRow> rows, List<Option> strengths, List<Option> forms,
                List<Option> kinds, List<Option> schools, List<Option> visibilities, List<Option> formats,
                List<Option> statuses) implements PageModel {

    BankPage(BankFilter filter, List<BankRow> rows, List<Option> strengths, List<Option> forms, List<Option> kinds,
             List<Option> schools, List<Option> visibilities) {
        this(filter, rows, strengths, forms, kinds, schools, visibilities, List.of(), MentorLabels.statuses(null));
    }

    @Override
    public String view() {
        return "bank";
    }

    @Override
    public String title() {
        return "Банк наставников";
    }
}
