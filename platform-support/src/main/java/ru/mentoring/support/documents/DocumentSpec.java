package ru.mentoring.support.documents;

import ru.mentoring.support.text.NestedQuotes;

import java.util.List;
import java.util.Objects;

/**
 * A printable document as a list of blocks, written once and rendered both as DOCX (to be edited and
 * signed) and as PDF (to be printed as it is): orders, consent forms, plans, certificates. Quotes inside
 * quotes in its text are set as „“ ({@link NestedQuotes}).
 */
public record DocumentSpec(String title, List<Block> blocks) {

    public DocumentSpec {
        title = NestedQuotes.of(title);
    }

    public sealed interface Block permits Heading, Paragraph, Table, Signatures, Spacer {
    }

    /** A centred bold heading. */
    public record Heading(String text) implements Block {
        public Heading {
            text = NestedQuotes.of(text);
        }
    }

    public record Paragraph(String text, Style style) implements Block {
        public Paragraph {
            text = NestedQuotes.of(text);
        }

        public Paragraph(String text) {
            this(text, Style.NORMAL);
        }
    }

    public enum Style {
        NORMAL,
        BOLD,
        RIGHT,
        CENTRED,
        SMALL
    }

    /** A table with a header row; {@code widths} are relative column widths. */
    public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            headers = Objects.requireNonNull(headers, "headers").stream().map(NestedQuotes::of).toList();
            rows = Objects.requireNonNull(rows, "rows").stream()
                    .map(row -> row == null ? List.<String>of() : row.stream().map(NestedQuotes::of).toList()).toList();
        }
    }

    /** Lines for signatures: role, then a line, then the name (and a date line when asked). */
    public record Signatures(List<Signature> signatures, boolean dated) implements Block {
    }

    public record Signature(String role, String name) {
    }

    public record Spacer() implements Block {
    }
}
