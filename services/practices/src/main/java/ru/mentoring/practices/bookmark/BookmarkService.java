package ru.mentoring.practices.bookmark;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.PublishedPractice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My collection": published practices a person keeps for later (and builds printed collections from).
 * Keyed by the person's token subject, never visible to anyone else. A practice taken down since drops
 * out of the list but stays bookmarked, and comes back if it is published again.
 */
@Singleton
public class BookmarkService {

    private final PracticeService practices;
    private final BookmarkRepository bookmarks;
    private final BookmarkQueries queries;
    private final Clock clock;

    BookmarkService(PracticeService practices, BookmarkRepository bookmarks, BookmarkQueries queries, Clock clock) {
        this.practices = practices;
        this.bookmarks = bookmarks;
        this.queries = queries;
        this.clock = clock;
    }

    @Serdeable
    public record Bookmarked(UUID id, String title, int version, String schoolId, String form, Integer year,
                             Instant publishedAt) {
    }

    @Transactional
    void add(UUID practiceId, Actor actor) {
        practices.published(practiceId, actor);
        bookmarks.add(actor.subject(), practiceId, Times.now(clock));
    }

    @Transactional
    void remove(UUID practiceId, Actor actor) {
        bookmarks.remove(actor.subject(), practiceId);
    }

    public boolean has(UUID practiceId, Actor actor) {
        return queries.has(actor.subject(), practiceId);
    }

    @Transactional(readOnly = true)
    List<Bookmarked> of(Actor actor) {
        List<UUID> ids = queries.of(actor.subject());
        Map<UUID, PublishedPractice> published = practices.publishedText(ids).stream()
                .collect(Collectors.toMap(PublishedPractice::id, Function.identity()));
        return ids.stream().filter(published::containsKey).map(published::get)
                .map(p -> new Bookmarked(p.id(), p.title(), p.version(), p.schoolId(), p.form(), p.year(), p.publishedAt()))
                .toList();
    }
}
