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
    static final String VERSION = "version";
    static final String PUBLISHED = "published";
    static final String RATING = "rating";
    static final String RATING_COUNT = "ratingCount";
    static final String RECOMMENDED = "recommended";
    static final String AUTHOR = "author";

    /** The facet dimensions, in the order the API lists them; the query parameter has the same name. */
    static final String[] FACETS = {FORM, COMPETENCY, SCHOOL, YEAR, LEVEL, TARGET_GROUP};

    /** Stored, with offsets in the postings: the highlighter finds passages without analysing again. */
    static final FieldType HIGHLIGHTED_TEXT;

    static {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        HIGHLIGHTED_TEXT = type;
    }

    /** Bumped whenever fields or analysis change: an index of another version is rebuilt on start. */
    static final String SCHEMA = "practices-2";

    private IndexFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COMPETENCY, true);
        return config;
    }
}
