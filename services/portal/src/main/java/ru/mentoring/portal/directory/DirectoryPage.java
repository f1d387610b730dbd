package ru.mentoring.portal.directory;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Справочник наставников»: the search with its choices and the mentors found, each with what matched.
 * {@code everyMentor}: the methodist's view of the whole bank, said on the page.
 */
record DirectoryPage(List<DirectoryRow> rows, DirectoryFilter filter, List<Option> forms, List<Option> kinds,
                     boolean everyMentor) implements PageModel {

    @Override
    public String view() {
        return "directory";
    }

    @Override
    public String title() {
        return "Справочник наставников";
    }
}
