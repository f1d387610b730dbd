package ru.mentoring.portal.mentor;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Банк наставников»: the filters with their choices, and the mentors found. */
record BankPage(BankFilter filter, List<BankRow> rows, List<Option> strengths, List<Option> forms,
                List<Option> kinds, List<Option> schools, List<Option> visibilities) implements PageModel {

    @Override
    public String view() {
        return "bank";
    }

    @Override
    public String title() {
        return "Банк наставников";
    }
}
