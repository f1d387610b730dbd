package ru.mentoring.portal.competition;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Конкурсы»: every competition the user may see, with its current stage. */
record CompetitionsPage(List<Row> rows) implements PageModel {

    record Row(String href, String title, String stage, String when) {
    }

    @Override
    public String view() {
        return "competitions";
    }

    @Override
    public String title() {
        return "Конкурсы";
    }
}
