package ru.mentoring.practices.search;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.mentoring.support.tenancy.Tenancy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An index kept on disk while its database was recreated (a test run, a restore from a backup) holds a
 * revision the new database has not reached: the service rebuilds it instead of waiting for the database to
 * pass that revision, which hid every practice published meanwhile.
 */
class IndexOfAnotherDatabaseIT {

    @TempDir Path indexDir;

    @Test
    void anIndexAheadOfItsDatabaseIsRebuiltFromTheDatabase() {
        Map<String, Object> properties = Map.of("practices.search.index-dir", indexDir.toString());
        long latest;
        try (ApplicationContext first = ApplicationContext.run(properties, "test")) {
            SearchFeedQueries feed = first.getBean(SearchFeedQueries.class);
            latest = Tenancy.asSystem(feed::latest);
            PracticeIndex index = first.getBean(PracticeIndex.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> index.revision() >= latest);
            // as if the index had been built from a database that got much further
            index.apply(List.of(), List.of(), latest + 1_000, true);
        }

        try (ApplicationContext second = ApplicationContext.run(properties, "test")) {
            PracticeIndex index = second.getBean(PracticeIndex.class);
            SearchFeedQueries feed = second.getBean(SearchFeedQueries.class);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                long now = Tenancy.asSystem(feed::latest);
                assertThat(index.revision()).as("the revision of the database, not the one the old index held")
                        .isBetween(latest, now);
            });
        }
    }
}
