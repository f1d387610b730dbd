package ru.mentoring.practices.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs searches against this replica's index: ranked (BM25) or ordered by date or rating, filtered by
 * facets with drill-sideways counts (choosing a form still shows how many practices each other form
 * has), with highlighted snippets from the text or, failing that, from the attached files.
 */
@Singleton
class PracticeSearch {

    private static final int FACET_VALUES = 30;
    private static final int SNIPPET_FALLBACK = 240;

    private final PracticeIndex index;
    private final RussianAnalyzers analyzers;
    private final Corrections corrections = new Corrections();
    private final SearchCache<SearchRequest, SearchResult> answers = new SearchCache<>(2_000);
    private final SearchCache<CountsKey, Counts> counts = new SearchCache<>(5_000);

    /** The facet counts of every dimension and the number of matches, of some words under some filters. */
    private record Counts(Map<String, Map<String, Integer>> byDimension, long total) {

        static Counts of(SortedSetDocValuesReaderState state, FacetsCollector hits) {
            try {
                return new Counts(facets(new SortedSetDocValuesFacetCounts(state, hits)),
                        hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record CountsKey(String words, boolean recommendedOnly, Map<String, List<String>> filters) {
    }

    PracticeSearch(PracticeIndex index, RussianAnalyzers analyzers) {
        this.index = index;
        this.analyzers = analyzers;
    }

    SearchResult search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            return answers.get(searcher.getIndexReader(), request, () -> run(searcher, request));
        } finally {
            index.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request) {
        try {
            Query text = textQuery(searcher, request);
            DrillDownQuery query = drillDown(text, request.filters());
            int wanted = request.page() * request.size();
            Sort sort = sort(request.sort());
            SortedSetDocValuesReaderState state = index.facetState(searcher);
            TopDocs hits;
            Map<String, Map<String, Integer>> facets;
            long total;
            if (state == null) {
                hits = searcher.search(query, Math.max(1, wanted), sort);
                facets = Map.of();
                total = hits.totalHits.value();
            } else {
                IndexReader reader = searcher.getIndexReader();
                String words = request.q() == null ? "" : request.q().strip();
                CountsKey key = new CountsKey(words, request.recommendedOnly(), request.filters());
                Counts mine = counts.known(reader, key);
                if (mine != null) {
                    // the same words and filters were counted for another page or order: only the hits are wanted
                    hits = searcher.search(query, Math.max(1, wanted), sort);
                } else {
                    var main = FacetsCollectorManager.search(searcher, query, Math.max(1, wanted), sort,
                            new FacetsCollectorManager());
                    hits = main.topDocs();
                    mine = Counts.of(state, main.facetsCollector());
                    counts.remember(reader, key, mine);
                }
                facets = new LinkedHashMap<>(mine.byDimension());
                total = mine.total();
                // Drill sideways, one dimension at a time: its counts as if it were not filtered, so a reader
                // who chose one form still sees how many practices each other form has. Each is a conjunction
                // of the other filters — far cheaper than Lucene's one-pass DrillSideways scorer, which walks
                // every document of a broad query to find the near misses — and is the main count of the
                // search with that filter taken off, which the reader has usually just made.
                for (String dim : request.filters().keySet()) {
                    Map<String, List<String>> others = new LinkedHashMap<>(request.filters());
                    others.remove(dim);
                    Counts sideways = counts.get(reader, new CountsKey(words, request.recommendedOnly(), others),
                            () -> Counts.of(state, search(searcher, drillDown(text, others))));
                    facets.put(dim, sideways.byDimension().get(dim));
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

    /** What the words ask for (everything, without words), among the recommended practices if so asked. */
    private Query textQuery(IndexSearcher searcher, SearchRequest request) {
        Query text = request.q() == null || request.q().isBlank()
                ? new MatchAllDocsQuery()
                : QueryParser.parse(request.q(), analyzers, searcher.getIndexReader(), corrections);
        if (!request.recommendedOnly()) {
            return text;
        }
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(IntPoint.newExactQuery(IndexFields.RECOMMENDED, 1), BooleanClause.Occur.FILTER)
                .build();
    }

    private DrillDownQuery drillDown(Query text, Map<String, List<String>> filters) {
        DrillDownQuery query = new DrillDownQuery(index.facets(), text);
        filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
        return query;
    }

    private static FacetsCollector search(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(query, new FacetsCollectorManager());
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
            HitCard card = HitCard.read(searcher, self.scoreDocs[0].doc);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzers.morphology());
            mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Query like = mlt.like(IndexFields.BODY, new StringReader(card.title() + "\n" + card.body()));
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
        HitHighlighter highlighter = new HitHighlighter(searcher, analyzers.perField());
        // the title is shown whole, so only the text and the files' text are searched for passages
        String[] fields = {IndexFields.BODY, IndexFields.FILES};
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query, page, new int[] {2, 1});
        List<SearchResult.Item> items = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            HitCard card = highlighter.card(page.scoreDocs[i].doc);
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
                // the hit's text, read with its card
                snippet = escape(shorten(card.body()));
            }
            items.add(card.item(snippet, foundIn));
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
            case RELEVANCE -> Sort.RELEVANCE;
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
