package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Муниципальные наставники» of one school year: the numbered list, the mentors who may still join it,
 * and a warning when the address named a year that is none.
 */
record MunicipalListPage(SchoolYear year, List<Option> years, List<MunicipalRow> rows, List<Option> candidates,
                         @Nullable String yearWarning) implements PageModel {

    @Override
    public String view() {
        return "municipal-list";
    }

    @Override
    public String title() {
        return "Муниципальные наставники";
    }
}
