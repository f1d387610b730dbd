package ru.mentoring.practices.search;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import ru.mentoring.practices.practice.Author;
import ru.mentoring.practices.practice.PublishedPractice;
import ru.mentoring.practices.rating.RatingSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a hit shows — the fields of its card and the text its snippet is cut from — kept per document as
 * one uncompressed binary doc value. Stored fields are compressed in blocks of many documents, and
 * decompressing a block for each of a page's twenty hits cost a third of a search; a doc value is read in
 * place. Only the attached files' text, large and rarely shown, stays a stored field.
 */
record HitCard(UUID id, String title, int version, String schoolId, @Nullable String form, @Nullable Integer year,
               @Nullable String level, @Nullable String targetGroup, List<String> competencies, List<String> authors,
               long ratingCents, int ratingCount, boolean recommended, long publishedMillis, String body,
               boolean hasFiles) {

    static HitCard of(PublishedPractice p, String body, RatingSummary rating, boolean hasFiles) {
        return new HitCard(p.id(), p.title(), p.version(), p.schoolId(), p.form(), p.year(),
                p.level() == null ? null : p.level().name(), p.targetGroup(), p.competencies(),
                p.authors().stream().map(Author::fullName).toList(), Math.round(rating.average() * 100), rating.count(),
                p.recommended(), p.publishedAt().toEpochMilli(), body, hasFiles);
    }

    SearchResult.Item item(String snippet, @Nullable String foundIn) {
        return new SearchResult.Item(id, title, snippet, version, schoolId, form, year, level, targetGroup, competencies,
                authors, ratingCents / 100.0, ratingCount, recommended, Instant.ofEpochMilli(publishedMillis), foundIn);
    }

    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
            out.writeString(title);
            out.writeVInt(version);
            out.writeString(schoolId);
            optional(out, form);
            out.writeVInt(year == null ? 0 : year); // no year: 0
            optional(out, level);
            optional(out, targetGroup);
            list(out, competencies);
            list(out, authors);
            out.writeVLong(ratingCents);
            out.writeVInt(ratingCount);
            out.writeByte((byte) (recommended ? 1 : 0));
            out.writeLong(publishedMillis);
            out.writeString(body);
            out.writeByte((byte) (hasFiles ? 1 : 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static HitCard decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            UUID id = new UUID(in.readLong(), in.readLong());
            String title = in.readString();
            int version = in.readVInt();
            String schoolId = in.readString();
            String form = optional(in);
            int year = in.readVInt();
            return new HitCard(id, title, version, schoolId, form, year == 0 ? null : year, optional(in),
                    optional(in), list(in), list(in), in.readVLong(), in.readVInt(), in.readByte() == 1, in.readLong(),
                    in.readString(), in.readByte() == 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The card of one of the searcher's documents. */
    static HitCard read(IndexSearcher searcher, int docId) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        BinaryDocValues cards = leaf.reader().getBinaryDocValues(IndexFields.CARD);
        if (cards == null || !cards.advanceExact(docId - leaf.docBase)) {
            throw new IllegalStateException("document " + docId + " of the practice index has no card");
        }
        return decode(cards.binaryValue());
    }

    private static void optional(ByteBuffersDataOutput out, @Nullable String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String optional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static void list(ByteBuffersDataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static List<String> list(ByteArrayDataInput in) throws IOException {
        int size = in.readVInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readString());
        }
        return List.copyOf(values);
    }
}
