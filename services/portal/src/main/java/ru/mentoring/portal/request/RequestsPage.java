package ru.mentoring.portal.request;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Запросы наставников»: the requests this user may see, how many still wait for a decision, and for the
 * methodist the history's filters.
 */
record RequestsPage(List<RequestRow> rows, long pending, RequestHistory history, List<Option> shows,
                    List<Option> schools) implements PageModel {

    RequestsPage(List<RequestRow> rows, long pending) {
        this(rows, pending, RequestHistory.of(null, null, null, null, null), List.of(), List.of());
    }

    @Override
    public String view() {
        return "requests";
    }

    @Override
    public String title() {
        return "Запросы наставников";
    }
}
