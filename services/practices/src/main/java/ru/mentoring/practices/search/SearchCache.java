package ru.mentoring.practices.search;

import org.apache.lucene.index.IndexReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What this index version answered, by question, the least recently asked forgotten first: popular
 * searches are asked over and over, and a reader who narrows a search by one facet after another asks
 * for the counts of the same words under fewer filters again and again — facet counts over a broad
 * query are the costliest part of a search. Any change of the index (a publication, a rating) opens a
 * new reader and so empties the cache; an answer is never stale.
 */
final class SearchCache<K, V> {

    private final int entries;
    private IndexReader reader;
    private final Map<K, V> answers;

    SearchCache(int entries) {
        this.entries = entries;
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > SearchCache.this.entries;
            }
        };
    }

    V get(IndexReader current, K question, Supplier<V> answer) {
        V known = known(current, question);
        if (known != null) {
            return known;
        }
        V fresh = answer.get();
        remember(current, question, fresh);
        return fresh;
    }

    /** The answer this index version gave to the question, or null. */
    synchronized V known(IndexReader current, K question) {
        if (reader != current) {
            answers.clear();
            reader = current;
        }
        return answers.get(question);
    }

    synchronized void remember(IndexReader current, K question, V answer) {
        if (reader == current) {
            answers.put(question, answer);
        }
    }
}
