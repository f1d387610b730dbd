package ru.mentoring.practices.search;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health} → {@code search}: documents, how many feed revisions the index is behind, and which
 * morphology is at work (Hunspell, or the Snowball stemmer alone when hunspell-ru is missing).
 */
@Singleton
class SearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final PracticeIndex index;
    private final Indexer indexer;
    private final RussianAnalyzers analyzers;

    SearchHealthIndicator(PracticeIndex index, Indexer indexer, RussianAnalyzers analyzers) {
        this.index = index;
        this.indexer = indexer;
        this.analyzers = analyzers;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documents", index.documents());
        details.put("revision", index.revision());
        details.put("behind", indexer.lag());
        details.put("morphology", analyzers.describe());
        if (indexer.lastError() != null) {
            details.put("lastError", indexer.lastError());
        }
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "search";
    }
}
