package ru.mentoring.support.documents;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a {@link DocumentSpec} as PDF (OpenPDF) with DejaVu Sans embedded (Identity-H): the Russian
 * text prints on any machine and extracts back as text.
 */
public final class Pdf {

    public static final String CONTENT_TYPE = "application/pdf";
    private static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private Pdf() {
    }

    public static byte[] render(DocumentSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(spec.title());
            document.open();
            for (DocumentSpec.Block block : spec.blocks()) {
                switch (block) {
                    case DocumentSpec.Heading h -> document.add(paragraph(h.text(), new Font(BOLD, 14), Element.ALIGN_CENTER, 10));
                    case DocumentSpec.Paragraph p -> document.add(paragraph(p));
                    case DocumentSpec.Table t -> document.add(table(t));
                    case DocumentSpec.Signatures s -> signatures(document, s);
                    case DocumentSpec.Spacer ignored -> document.add(new Paragraph(" ", new Font(REGULAR, 8)));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be produced", e);
        }
    }

    public static Font font(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static Paragraph paragraph(DocumentSpec.Paragraph p) {
        int align = switch (p.style()) {
            case RIGHT -> Element.ALIGN_RIGHT;
            case CENTRED -> Element.ALIGN_CENTER;
            default -> Element.ALIGN_JUSTIFIED;
        };
        Font font = p.style() == DocumentSpec.Style.BOLD ? new Font(BOLD, 11)
                : new Font(REGULAR, p.style() == DocumentSpec.Style.SMALL ? 9 : 11);
        return paragraph(p.text(), font, align, 6);
    }

    private static Paragraph paragraph(String text, Font font, int align, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(align);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable table(DocumentSpec.Table t) throws DocumentException {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        if (t.widths().size() == t.headers().size()) {
            table.setWidths(t.widths().stream().mapToInt(Integer::intValue).toArray());
        }
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        for (String header : t.headers()) {
            table.addCell(cell(header, new Font(BOLD, 9)));
        }
        for (var row : t.rows()) {
            for (String value : row) {
                table.addCell(cell(value, new Font(REGULAR, 9)));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        return cell;
    }

    private static void signatures(Document document, DocumentSpec.Signatures s) throws DocumentException {
        for (DocumentSpec.Signature signature : s.signatures()) {
            Paragraph line = new Paragraph();
            line.add(new Chunk(signature.role() + ": ____________________ / " + signature.name()
                    + (s.dated() ? "    «___» ____________ 20___ г." : ""), new Font(REGULAR, 11)));
            line.setSpacingBefore(14);
            document.add(line);
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = Pdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing from the jar");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
