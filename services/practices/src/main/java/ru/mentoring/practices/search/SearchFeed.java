package ru.mentoring.practices.search;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import ru.mentoring.practices.library.PracticeChanged;

/**
 * Hears every change readers of a practice would notice, stamps it in the change feed inside the same
 * transaction and, once that commits, has this replica's index take it in before the API answers (within
 * {@code practices.search.visible-within}); other replicas pick it up from the feed on their next poll.
 */
@Singleton
class SearchFeed {

    private final SearchFeedRepository feed;
    private final Indexer indexer;

    SearchFeed(SearchFeedRepository feed, Indexer indexer) {
        this.feed = feed;
        this.indexer = indexer;
    }

    @EventListener
    void on(PracticeChanged changed) {
        long revision = feed.stamp(changed.practiceId());
        feed.afterCommit(() -> indexer.awaitIndexed(revision));
    }
}
