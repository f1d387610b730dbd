package ru.mentoring.practices.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.queries.mlt.MoreLikeThis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs searches against this replica's index: ranked (BM25) or ordered by date or rating, filtered by
 * facets with drill-sideways counts (choosing a form still shows how many practices each other form
 * has), with highlighted snippets from the text or, failing that, from the attached files.
 */
@Singleton
class PracticeSearch {

    private static final int FACET_VALUES = 30;
    private static final Set<String> SHOWN = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.VERSION,
            IndexFields.SCHOOL, IndexFields.FORM, IndexFields.YEAR, IndexFields.LEVEL, IndexFields.TARGET_GROUP,
            IndexFields.COMPETENCY, IndexFields.AUTHOR, IndexFields.RATING, IndexFields.RATING_COUNT,
            IndexFields.RECOMMENDED, IndexFields.PUBLISHED);
    private static final int SNIPPET_FALLBACK = 240;

    private final PracticeIndex index;
    private final RussianAnalyzers analyzers;
    private final Corrections corrections = new Corrections();
    private final SearchCache cache = new SearchCache();

    PracticeSearch(PracticeIndex index, RussianAnalyzers analyzers) {
        this.index = index;
        this.analyzers = analyzers;
    }

    SearchResult search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            return cache.get(searcher.getIndexReader(), request, () -> run(searcher, request));
        } finally {
            index.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request) {
        try {
            Query text = request.q() == null || request.q().isBlank()
                    ? new org.apache.lucene.search.MatchAllDocsQuery()
                    : QueryParser.parse(request.q(), analyzers, searcher.getIndexReader(), corrections);
            if (request.recommendedOnly()) {
                text = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                        .add(org.apache.lucene.document.IntPoint.newExactQuery(IndexFields.RECOMMENDED, 1), BooleanClause.Occur.FILTER)
                        .build();
            }
            DrillDownQuery query = new DrillDownQuery(index.facets(), text);
            request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
            int wanted = request.page() * request.size();
            SortedSetDocValuesReaderState state = index.facetState(searcher);
            TopDocs hits;
            Map<String, Map<String, Integer>> facets;
            long total;
            if (state == null) {
                hits = searcher.search(query, Math.max(1, wanted), sort(request.sort()) == null ? Sort.RELEVANCE : sort(request.sort()));
                facets = Map.of();
                total = hits.totalHits.value();
            } else {
                // The drill-down itself: hits, the total, and the counts of every dimension not filtered on.
                var main = FacetsCollectorManager.search(searcher, query, Math.max(1, wanted),
                        sort(request.sort()) == null ? Sort.RELEVANCE : sort(request.sort()), new FacetsCollectorManager());
                hits = main.topDocs();
                facets = facets(new SortedSetDocValuesFacetCounts(state, main.facetsCollector()));
                total = main.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
                // Drill sideways, one dimension at a time: its counts as if it were not filtered, so a reader
                // who chose one form still sees how many practices each other form has. Each of these is a
                // conjunction of the other filters: far cheaper than Lucene's one-pass DrillSideways scorer,
                // which walks every document of a broad query to find the near misses.
                for (String dim : request.filters().keySet()) {
                    DrillDownQuery others = new DrillDownQuery(index.facets(), text);
                    request.filters().forEach((other, values) -> {
                        if (!other.equals(dim)) {
                            values.forEach(v -> others.add(other, v));
                        }
                    });
                    var sideways = searcher.search(others, new FacetsCollectorManager());
                    facets.put(dim, counts(new SortedSetDocValuesFacetCounts(state, sideways), dim));
                }
            }
            ScoreDoc[] page = Arrays.copyOfRange(hits.scoreDocs, Math.min(hits.scoreDocs.length, wanted - request.size()),
                    hits.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(hits.totalHits, page);
            return new SearchResult(items(searcher, text, pageDocs), facets, total, request.page(), request.size(),
                    request.sort().name().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Practices whose text says most nearly the same things, best first, the practice itself left out. */
    List<SearchResult.Item> similar(UUID id, int count) {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.ID, id.toString())), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzers.morphology());
            mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Query like = mlt.like(IndexFields.BODY, new StringReader(doc.get(IndexFields.TITLE) + "\n" + doc.get(IndexFields.BODY)));
            Query others = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.ID, id.toString())), BooleanClause.Occur.MUST_NOT).build();
            TopDocs hits = searcher.search(others, count);
            return items(searcher, like, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private List<SearchResult.Item> items(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(100_000)
                .build();
        String[] fields = {IndexFields.BODY, IndexFields.FILES, IndexFields.TITLE};
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query, page, new int[] {2, 1, 1});
        List<SearchResult.Item> items = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            int docId = page.scoreDocs[i].doc;
            // only what a hit shows: the text and the files' text are the highlighter's to read
            Document doc = stored.document(docId, SHOWN);
            String body = snippets.get(IndexFields.BODY)[i];
            String files = snippets.get(IndexFields.FILES)[i];
            String snippet;
            String foundIn = null;
            int inBody = marked(body);
            int inFiles = marked(files);
            if (inBody > 0 && inBody >= inFiles) {
                snippet = body;
            } else if (inFiles > 0) {
                snippet = files;
                foundIn = "files";
            } else {
                snippet = escape(shorten(stored.document(docId, Set.of(IndexFields.BODY)).get(IndexFields.BODY)));
            }
            items.add(item(doc, snippet, foundIn));
        }
        return items;
    }

    /** How many different words a snippet highlights: the passage that shows more of the query wins. */
    static int marked(String snippet) {
        if (snippet == null) {
            return 0;
        }
        var words = new java.util.HashSet<String>();
        var matcher = MARK.matcher(snippet);
        while (matcher.find()) {
            words.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return words.size();
    }

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("<mark>(.*?)</mark>");

    private static SearchResult.Item item(Document doc, String snippet, String foundIn) {
        IndexableField year = doc.getField(IndexFields.YEAR);
        return new SearchResult.Item(UUID.fromString(doc.get(IndexFields.ID)), doc.get(IndexFields.TITLE), snippet,
                doc.getField(IndexFields.VERSION).numericValue().intValue(), doc.get(IndexFields.SCHOOL),
                doc.get(IndexFields.FORM), year == null ? null : year.numericValue().intValue(), doc.get(IndexFields.LEVEL),
                doc.get(IndexFields.TARGET_GROUP), List.of(doc.getValues(IndexFields.COMPETENCY)),
                List.of(doc.getValues(IndexFields.AUTHOR)),
                doc.getField(IndexFields.RATING).numericValue().longValue() / 100.0,
                doc.getField(IndexFields.RATING_COUNT).numericValue().intValue(),
                doc.getField(IndexFields.RECOMMENDED).numericValue().intValue() == 1,
                Instant.ofEpochMilli(doc.getField(IndexFields.PUBLISHED).numericValue().longValue()), foundIn);
    }

    private static Map<String, Map<String, Integer>> facets(Facets facets) throws IOException {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            result.put(dim, counts(facets, dim));
        }
        return result;
    }

    private static Map<String, Integer> counts(Facets facets, String dim) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        FacetResult top;
        try {
            top = facets.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
            top = null;
        }
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                counts.put(lv.label, lv.value.intValue());
            }
        }
        return counts;
    }

    private static Sort sort(SearchRequest.Sort sort) {
        SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> null;
            case DATE -> new Sort(published);
            case RATING -> new Sort(new SortField(IndexFields.RATING, SortField.Type.LONG, true),
                    new SortField(IndexFields.RATING_COUNT, SortField.Type.LONG, true), published);
        };
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_FALLBACK ? flat : flat.substring(0, SNIPPET_FALLBACK) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
