package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Банк практик»: the search form, facet groups with counts as checkboxes, and the hits with their
 * highlighted snippets (the library escapes the text and marks the found words with {@code <mark>}).
 */
record LibraryPage(LibraryQuery query, List<Hit> hits, List<FacetGroup> facets, List<Option> sorts, long total,
                   @Nullable String previous, @Nullable String next, boolean canSubmit) implements PageModel {

    /** One found practice as the list shows it; {@code snippet} is safe HTML from the library. */
    record Hit(String href, String title, String snippet, String meta, String rating, boolean recommended,
               boolean inFiles) {
    }

    /** One facet: its Russian name and its values with their counts, the ticked ones marked. */
    record FacetGroup(String name, String label, List<Option> values) {
    }

    @Override
    public String view() {
        return "practices";
    }

    @Override
    public String title() {
        return "Банк практик";
    }

    public String found() {
        return "Найдено практик: " + total;
    }
}
