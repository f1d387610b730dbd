package ru.mentoring.portal.request;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Запросы наставников»: the requests this user may see, and how many still wait for a decision. */
record RequestsPage(List<RequestRow> rows, long pending) implements PageModel {

    @Override
    public String view() {
        return "requests";
    }

    @Override
    public String title() {
        return "Запросы наставников";
    }
}
