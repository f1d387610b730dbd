package ru.mentoring.practices.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** Field names of a practice in the index, and how each is indexed. */
final class IndexFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String FILES = "files";
    static final String WORDS = "words";
    static final String SCHOOL = "school";
    static final String FORM = "form";
    static final String COMPETENCY = "competency";
    static final String YEAR = "year";
    static final String LEVEL = "level";
    static final String TARGET_GROUP = "targetGroup";
    static final String PUBLISHED = "published";
    static final String RATING = "rating";
    static final String RATING_COUNT = "ratingCount";
    static final String RECOMMENDED = "recommended";
    /** What a hit shows ({@link HitCard}), one binary doc value per practice. */
    static final String CARD = "card";

    /** The facet dimensions, in the order the API lists them; the query parameter has the same name. */
    static final String[] FACETS = {FORM, COMPETENCY, SCHOOL, YEAR, LEVEL, TARGET_GROUP};

    /** With offsets in the postings: the highlighter finds passages without analysing again. */
    static final FieldType SEARCHED_TEXT;

    /** The same, stored: the attached files' text, which the card does not carry. */
    static final FieldType STORED_TEXT;

    static {
        FieldType searched = new FieldType(TextField.TYPE_NOT_STORED);
        searched.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        searched.freeze();
        SEARCHED_TEXT = searched;
        FieldType stored = new FieldType(searched);
        stored.setStored(true);
        stored.freeze();
        STORED_TEXT = stored;
    }

    /** Bumped whenever fields or analysis change: an index of another version is rebuilt on start. */
    static final String SCHEMA = "practices-4";

    private IndexFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COMPETENCY, true);
        return config;
    }
}
