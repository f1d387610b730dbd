package ru.mentoring.support.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Renders a {@link DocumentSpec} as a Word document (Apache POI), in Times New Roman as orders are typed. */
public final class Docx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";

    private Docx() {
    }

    public static byte[] render(DocumentSpec spec) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(spec.title());
            for (DocumentSpec.Block block : spec.blocks()) {
                switch (block) {
                    case DocumentSpec.Heading h -> text(doc.createParagraph(), h.text(), true, 14, ParagraphAlignment.CENTER);
                    case DocumentSpec.Paragraph p -> paragraph(doc, p);
                    case DocumentSpec.Table t -> table(doc, t);
                    case DocumentSpec.Signatures s -> signatures(doc, s);
                    case DocumentSpec.Spacer ignored -> doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, DocumentSpec.Paragraph p) {
        ParagraphAlignment align = switch (p.style()) {
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTRED -> ParagraphAlignment.CENTER;
            default -> ParagraphAlignment.BOTH;
        };
        text(doc.createParagraph(), p.text(), p.style() == DocumentSpec.Style.BOLD,
                p.style() == DocumentSpec.Style.SMALL ? 10 : 12, align);
    }

    private static void table(XWPFDocument doc, DocumentSpec.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < t.widths().size() && c < t.headers().size(); c++) {
            long twips = 9600L * t.widths().get(c) / Math.max(1, total);
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(twips));
            }
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().getFirst();
            text(paragraph, cells.get(c), bold, 11, ParagraphAlignment.LEFT);
        }
    }

    private static void signatures(XWPFDocument doc, DocumentSpec.Signatures s) {
        for (DocumentSpec.Signature signature : s.signatures()) {
            text(doc.createParagraph(), signature.role() + ": ____________________ / " + signature.name()
                    + (s.dated() ? "    «___» ____________ 20___ г." : ""), false, 12, ParagraphAlignment.LEFT);
        }
    }

    private static void text(XWPFParagraph paragraph, String text, boolean bold, int size, ParagraphAlignment align) {
        paragraph.setAlignment(align);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }
}
