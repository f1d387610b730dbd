package ru.mentoring.practices.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a search answers: the page of hits, each with a highlighted {@code snippet} (HTML-escaped text in
 * which only {@code <mark>…</mark>} is markup), the facet counts (dimension → value → count) and the total.
 */
@Serdeable
record SearchResult(List<Item> items, Map<String, Map<String, Integer>> facets, long total, int page, int size,
                    String sort) {

    @Serdeable
    record Item(UUID id, String title, String snippet, int version, String schoolId, @Nullable String form,
                @Nullable Integer year, @Nullable String level, @Nullable String targetGroup, List<String> competencies,
                List<String> authors, double rating, int ratingCount, boolean recommended, Instant publishedAt,
                @Nullable String foundIn) {
    }
}
