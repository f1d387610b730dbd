package ru.mentoring.practices.search;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/** A search as the API takes it: words, facet filters (dimension → accepted values), order and page. */
record SearchRequest(@Nullable String q, Map<String, List<String>> filters, Sort sort, int page, int size,
                     boolean recommendedOnly) {

    enum Sort {
        RELEVANCE, DATE, RATING
    }
}
