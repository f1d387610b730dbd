package ru.mentoring.practices.search;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.practices.file.FileService;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.PublishedPractice;
import ru.mentoring.practices.rating.RatingService;
import ru.mentoring.practices.rating.RatingSummary;
import ru.mentoring.support.tenancy.Tenancy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps this replica's index in step with the database: one thread reads the change feed after the
 * revision the index holds, re-reads those practices (published text, files' text, rating) and replaces
 * their documents. Woken by this replica's own commits, and every {@code poll-interval} for changes made
 * by other replicas. The feed is the whole truth: {@link #rebuild} starts from revision zero.
 */
@Singleton
class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    private static final int BATCH = 500;

    private final PracticeIndex index;
    private final SearchFeedQueries feed;
    private final PracticeService practices;
    private final FileService files;
    private final RatingService ratings;
    private final SearchSettings settings;
    private final ReentrantLock work = new ReentrantLock();
    private final Object signal = new Object();
    private final ReentrantLock progressLock = new ReentrantLock();
    private final Condition progressed = progressLock.newCondition();
    private volatile boolean wake;
    private volatile boolean running = true;
    private volatile String lastError;
    private Thread thread;

    Indexer(PracticeIndex index, SearchFeedQueries feed, PracticeService practices, FileService files,
            RatingService ratings, SearchSettings settings) {
        this.index = index;
        this.feed = feed;
        this.practices = practices;
        this.files = files;
        this.ratings = ratings;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        thread = Thread.ofPlatform().name("practice-indexer").daemon().start(this::loop);
    }

    @io.micronaut.serde.annotation.Serdeable
    record Rebuilt(int documents, long revision, long millis) {
    }

    /** Reads every published practice again from the database into an emptied index. */
    Rebuilt rebuild() {
        long started = System.nanoTime();
        work.lock();
        try {
            index.clear();
            long upTo = catchUp(false);
            index.commitMergedAndRefresh();
            notifyProgress();
            return new Rebuilt(index.documents(), upTo, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } finally {
            work.unlock();
        }
    }

    /** Wakes the indexer and waits (bounded) until the index holds the given revision. */
    void awaitIndexed(long revision) {
        wake();
        long deadline = System.nanoTime() + settings.getVisibleWithin().toNanos();
        progressLock.lock();
        try {
            while (index.revision() < revision) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("search index has not reached revision {} in {}", revision, settings.getVisibleWithin());
                    return;
                }
                progressed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progressLock.unlock();
        }
    }

    long lag() {
        try {
            return Math.max(0, Tenancy.asSystem(feed::latest) - index.revision());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    String lastError() {
        return lastError;
    }

    void wake() {
        synchronized (signal) {
            wake = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        forgetAnIndexAheadOfTheDatabase();
        if (index.revision() == 0) {
            buildFromScratch();
        }
        while (running) {
            try {
                work.lock();
                try {
                    catchUp(true);
                } finally {
                    work.unlock();
                }
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e.toString();
                LOG.warn("search index catch-up failed, retrying: {}", e.toString());
            }
            notifyProgress();
            synchronized (signal) {
                if (!wake && running) {
                    try {
                        signal.wait(Math.max(10, settings.getPollInterval().toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                wake = false;
            }
        }
    }

    /**
     * An index that holds a revision its database never reached was built from another database (a
     * recreated or restored one): catching up from there would skip every practice up to that revision.
     */
    private void forgetAnIndexAheadOfTheDatabase() {
        try {
            long latest = Tenancy.asSystem(feed::latest);
            if (index.revision() > latest) {
                LOG.warn("search index holds revision {} but the database is at {}: rebuilding it from the database",
                        index.revision(), latest);
                work.lock();
                try {
                    index.clear();
                } finally {
                    work.unlock();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not compare the search index with the database: {}", e.toString());
        }
    }

    /** An empty index (first start, new schema) is built in bulk: no refresh per batch, merged at the end. */
    private void buildFromScratch() {
        work.lock();
        try {
            long started = System.nanoTime();
            long upTo = catchUp(false);
            index.commitMergedAndRefresh();
            LOG.info("search index built from the database up to revision {}: {} documents in {} ms", upTo,
                    index.documents(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            lastError = e.toString();
            LOG.warn("search index build failed, catching up instead: {}", e.toString());
        } finally {
            work.unlock();
        }
        notifyProgress();
    }

    /** @return the revision the index holds afterwards */
    private long catchUp(boolean refreshEachBatch) {
        while (true) {
            long from = index.revision();
            List<SearchFeedQueries.Entry> changed = Tenancy.asSystem(() -> feed.since(from, BATCH));
            if (changed.isEmpty()) {
                return from;
            }
            List<UUID> ids = changed.stream().map(SearchFeedQueries.Entry::practiceId).toList();
            long upTo = changed.getLast().revision();
            List<Document> upserts = new ArrayList<>();
            Set<String> removals = new HashSet<>();
            ids.forEach(id -> removals.add(id.toString()));
            for (IndexedPractice practice : Tenancy.asSystem(() -> read(ids))) {
                upserts.add(PracticeDocuments.of(practice, index.facets()));
                removals.remove(practice.practice().id().toString());
            }
            index.apply(upserts, removals, upTo, refreshEachBatch);
            if (refreshEachBatch) {
                notifyProgress();
            }
        }
    }

    private List<IndexedPractice> read(List<UUID> ids) {
        List<PublishedPractice> published = practices.publishedText(ids);
        Map<UUID, String> texts = files.textsOf(published.stream().map(PublishedPractice::versionId).toList());
        Map<UUID, RatingSummary> stars = ratings.summaries(ids);
        return published.stream()
                .map(p -> new IndexedPractice(p, texts.getOrDefault(p.versionId(), ""),
                        stars.getOrDefault(p.id(), RatingSummary.NONE)))
                .toList();
    }

    private void notifyProgress() {
        progressLock.lock();
        try {
            progressed.signalAll();
        } finally {
            progressLock.unlock();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
