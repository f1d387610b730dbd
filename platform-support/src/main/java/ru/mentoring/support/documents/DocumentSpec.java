package ru.mentoring.support.documents;

import java.util.List;

/**
 * A printable document as a list of blocks, written once and rendered both as DOCX (to be edited and
 * signed) and as PDF (to be printed as it is): orders, consent forms, plans, certificates.
 */
public record DocumentSpec(String title, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Table, Signatures, Spacer {
    }

    /** A centred bold heading. */
    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text, Style style) implements Block {
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
    }

    /** Lines for signatures: role, then a line, then the name (and a date line when asked). */
    public record Signatures(List<Signature> signatures, boolean dated) implements Block {
    }

    public record Signature(String role, String name) {
    }

    public record Spacer() implements Block {
    }
}
