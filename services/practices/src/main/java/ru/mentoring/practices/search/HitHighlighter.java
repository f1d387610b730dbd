package ru.mentoring.practices.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Highlights a page of hits in their text and their files' text, and keeps each hit's {@link HitCard}. The
 * text comes from the card, read in place, not from the block-compressed stored fields the highlighter
 * would read; the files' text, which only some practices have, is read from the stored fields of those
 * alone. The query's words are plain terms (no phrases), so offsets come straight from the postings,
 * without the weight-matches machinery that seeks every term of every field again for each hit and field.
 */
final class HitHighlighter extends UnifiedHighlighter {

    private static final int MAX_LENGTH = 100_000;

    private final IndexSearcher searcher;
    private final Map<Integer, HitCard> cards = new HashMap<>();

    HitHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(MAX_LENGTH)
                .withWeightMatches(false));
        this.searcher = searcher;
    }

    /** The card of a hit: read while highlighting, or now. */
    HitCard card(int docId) throws IOException {
        HitCard card = cards.get(docId);
        return card != null ? card : HitCard.read(searcher, docId);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            HitCard card = HitCard.read(searcher, doc);
            cards.put(doc, card);
            CharSequence[] text = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                text[i] = switch (fields[i]) {
                    case IndexFields.BODY -> limit(card.body());
                    case IndexFields.FILES -> card.hasFiles() ? limit(filesText(doc)) : "";
                    default -> throw new IllegalArgumentException("no text of " + fields[i] + " to highlight");
                };
            }
            values.add(text);
        }
        return values;
    }

    private String filesText(int doc) throws IOException {
        String text = searcher.storedFields().document(doc, Set.of(IndexFields.FILES)).get(IndexFields.FILES);
        return text == null ? "" : text;
    }

    private static String limit(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
