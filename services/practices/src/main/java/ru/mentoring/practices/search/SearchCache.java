package ru.mentoring.practices.search;

import org.apache.lucene.index.IndexReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of this index version, by request: the same search (words, filters, order, page) asked again
 * before the index changes gets the same answer without running again — popular searches are asked
 * over and over, and facet counts over a broad query are the costliest part. Any change of the index
 * (a publication, a rating) opens a new reader and so empties the cache; an answer is never stale.
 */
final class SearchCache {

    private static final int ENTRIES = 2000;

    private IndexReader reader;
    private final Map<SearchRequest, SearchResult> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
            return size() > ENTRIES;
        }
    };

    SearchResult get(IndexReader current, SearchRequest request, Supplier<SearchResult> search) {
        synchronized (this) {
            if (reader != current) {
                answers.clear();
                reader = current;
            }
            SearchResult known = answers.get(request);
            if (known != null) {
                return known;
            }
        }
        SearchResult fresh = search.get();
        synchronized (this) {
            if (reader == current) {
                answers.put(request, fresh);
            }
        }
        return fresh;
    }
}
