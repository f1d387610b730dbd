package ru.mentoring.practices.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import ru.mentoring.practices.practice.Author;
import ru.mentoring.practices.practice.Participant;
import ru.mentoring.practices.practice.PublishedPractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.StringJoiner;

/** Turns a published practice into its index document. */
final class PracticeDocuments {

    /** The share of attachment text kept in the index, per practice. */
    static final int MAX_FILES_TEXT = 200_000;

    private PracticeDocuments() {
    }

    static Document of(IndexedPractice indexed, FacetsConfig facets) {
        PublishedPractice p = indexed.practice();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, p.id().toString(), Field.Store.NO));
        doc.add(new Field(IndexFields.TITLE, p.title(), IndexFields.SEARCHED_TEXT));
        String body = body(p);
        doc.add(new Field(IndexFields.BODY, body, IndexFields.SEARCHED_TEXT));
        String files = indexed.filesText().length() > MAX_FILES_TEXT
                ? indexed.filesText().substring(0, MAX_FILES_TEXT) : indexed.filesText();
        if (!files.isBlank()) {
            doc.add(new Field(IndexFields.FILES, files, IndexFields.STORED_TEXT));
        }
        doc.add(new TextField(IndexFields.WORDS, p.title() + "\n" + body, Field.Store.NO));
        HitCard card = HitCard.of(p, body, indexed.rating(), !files.isBlank());
        doc.add(new BinaryDocValuesField(IndexFields.CARD, card.encode()));
        facet(doc, IndexFields.SCHOOL, p.schoolId());
        facet(doc, IndexFields.FORM, p.form());
        facet(doc, IndexFields.TARGET_GROUP, p.targetGroup());
        facet(doc, IndexFields.LEVEL, p.level() == null ? null : p.level().name());
        facet(doc, IndexFields.YEAR, p.year() == null ? null : p.year().toString());
        for (String competency : p.competencies()) {
            facet(doc, IndexFields.COMPETENCY, competency);
        }
        doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, card.publishedMillis()));
        doc.add(new NumericDocValuesField(IndexFields.RATING, card.ratingCents()));
        doc.add(new NumericDocValuesField(IndexFields.RATING_COUNT, card.ratingCount()));
        doc.add(new IntPoint(IndexFields.RECOMMENDED, p.recommended() ? 1 : 0));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the practice says, in the order of its form, with its form, target group and competencies (a
     * search for «проектная деятельность» finds a practice filed under that competency) and the public
     * names of its authors and participants.
     */
    static String body(PublishedPractice p) {
        var text = new StringJoiner("\n");
        add(text, p.problem());
        add(text, p.description());
        add(text, p.methods());
        add(text, p.results());
        add(text, p.form());
        add(text, p.formVariant());
        add(text, p.targetGroup());
        add(text, String.join(", ", p.competencies()));
        for (Author a : p.authors()) {
            text.add(a.fullName());
        }
        for (Participant person : p.participants()) {
            text.add(person.publicName());
        }
        return text.toString();
    }

    private static void add(StringJoiner text, String value) {
        if (value != null && !value.isBlank()) {
            text.add(value);
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }
}
