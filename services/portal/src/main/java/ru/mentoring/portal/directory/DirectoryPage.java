package ru.mentoring.portal.directory;

import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Справочник наставников»: the mentors found by name, out of all the school may work with. */
record DirectoryPage(List<DirectoryRow> rows, int total, String q) implements PageModel {

    @Override
    public String view() {
        return "directory";
    }

    @Override
    public String title() {
        return "Справочник наставников";
    }
}
