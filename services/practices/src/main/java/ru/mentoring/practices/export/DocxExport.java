package ru.mentoring.practices.export;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The printable collection as DOCX (Apache POI), for methodists who edit it before a seminar. Set in
 * Times New Roman, the font every Russian school's Word has; the PDF carries its fonts embedded.
 */
@Singleton
class DocxExport {

    private static final String FONT = "Times New Roman";

    byte[] collection(String title, String subtitle, List<ExportedPractice> practices) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Сеть наставничества — банк практик");
            XWPFParagraph cover = paragraph(doc, title, 20, true);
            cover.setAlignment(ParagraphAlignment.CENTER);
            cover.setSpacingBefore(4000);
            paragraph(doc, subtitle, 12, false).setAlignment(ParagraphAlignment.CENTER);
            pageBreak(doc);
            paragraph(doc, "Содержание", 14, true);
            int n = 1;
            for (ExportedPractice p : practices) {
                paragraph(doc, n++ + ". " + p.title(), 12, false);
            }
            for (ExportedPractice p : practices) {
                pageBreak(doc);
                paragraph(doc, p.title(), 16, true);
                paragraph(doc, p.subtitle(), 10, false);
                for (ExportedPractice.Fact fact : p.facts()) {
                    XWPFParagraph line = doc.createParagraph();
                    run(line, fact.label() + ": ", 12, true);
                    run(line, fact.value(), 12, false);
                }
                for (ExportedPractice.Section section : p.sections()) {
                    paragraph(doc, section.heading(), 13, true).setSpacingBefore(240);
                    for (String text : section.text().split("\\R+")) {
                        paragraph(doc, text, 12, false).setAlignment(ParagraphAlignment.BOTH);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, size, bold);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
}
