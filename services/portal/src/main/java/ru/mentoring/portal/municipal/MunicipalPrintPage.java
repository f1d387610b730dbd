package ru.mentoring.portal.municipal;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** The list as the order that approves it prints it: no navigation, the heading and the numbered table. */
record MunicipalPrintPage(SchoolYear year, String today, List<MunicipalRow> rows) implements PageModel {

    @Override
    public String view() {
        return "municipal-list-print";
    }

    @Override
    public String title() {
        return "Список муниципальных наставников на " + year.label() + " учебный год";
    }
}
