package ru.mentoring.practices.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The Lucene index of published practices on this replica's disk: one writer, near-real-time searchers.
 * Each commit records the change-feed revision it contains, so a restart resumes from there; an index
 * written with another {@link IndexFields#SCHEMA} (or unreadable) is started afresh and rebuilt.
 */
@Singleton
class PracticeIndex {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeIndex.class);
    private static final String SCHEMA_KEY = "schema";
    private static final String REVISION_KEY = "revision";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = IndexFields.facetsConfig();
    private volatile long revision;
    private volatile StateOfReader facetState;

    private record StateOfReader(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    PracticeIndex(SearchSettings settings, RussianAnalyzers analyzers) {
        try {
            Path path = Path.of(settings.getIndexDir()).toAbsolutePath();
            Files.createDirectories(path);
            this.directory = new MMapDirectory(path);
            Map<String, String> committed = committedData(directory);
            boolean compatible = IndexFields.SCHEMA.equals(committed.get(SCHEMA_KEY));
            if (!compatible && !committed.isEmpty()) {
                LOG.info("search index at {} has schema {}, expected {}: rebuilding", path, committed.get(SCHEMA_KEY),
                        IndexFields.SCHEMA);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(32);
            this.writer = new IndexWriter(directory, config);
            this.revision = compatible ? Long.parseLong(committed.getOrDefault(REVISION_KEY, "0")) : 0;
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("search index cannot be opened", e);
        }
    }

    long revision() {
        return revision;
    }

    FacetsConfig facets() {
        return facets;
    }

    /** Replaces or removes documents and records the revision they bring the index to. */
    void apply(Collection<Document> upserts, Collection<String> removals, long upTo, boolean refresh) {
        try {
            for (Document doc : upserts) {
                writer.updateDocument(new Term(IndexFields.ID, doc.get(IndexFields.ID)), doc);
            }
            for (String id : removals) {
                writer.deleteDocuments(new Term(IndexFields.ID, id));
            }
            revision = Math.max(revision, upTo);
            if (refresh) {
                commit();
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets everything; readers keep seeing the old documents until the rebuild refreshes. */
    void clear() {
        try {
            writer.deleteAll();
            revision = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a bulk build: one segment searches faster than the dozens bulk indexing leaves behind
     * (fewer term dictionaries to visit per query term, one facet ordinal map).
     */
    void commitMergedAndRefresh() {
        try {
            writer.forceMerge(1);
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commitAndRefresh() {
        try {
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Facet ordinals of a reader, built once per refreshed reader (a costly step on a large index). */
    SortedSetDocValuesReaderState facetState(IndexSearcher searcher) {
        StateOfReader current = facetState;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == searcher.getIndexReader()) {
                return current.state();
            }
            try {
                var state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
                facetState = new StateOfReader(searcher.getIndexReader(), state);
                return state;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    int documents() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, IndexFields.SCHEMA, REVISION_KEY, Long.toString(revision)).entrySet());
        writer.commit();
    }

    private static Map<String, String> committedData(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index unreadable ({}): rebuilding", e.toString());
            return Map.of(SCHEMA_KEY, "unreadable");
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("search index not closed cleanly: {}", e.toString());
        }
    }
}
