package ru.mentoring.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** The text a reader sees in a generated PDF or DOCX, whitespace collapsed to single spaces. */
final class DocumentText {

    private DocumentText() {
    }

    static String pdf(byte[] file) throws IOException {
        try (var pdf = Loader.loadPDF(file)) {
            // a narrow table cell may wrap after a hyphen («ДС-» / «7664»): a reader sees one word
            return collapse(new PDFTextStripper().getText(pdf).replaceAll("-[ \\t]*\\R\\s*", "-"));
        }
    }

    static String docx(byte[] file) throws IOException {
        try (var docx = new XWPFDocument(new ByteArrayInputStream(file));
             var extractor = new XWPFWordExtractor(docx)) {
            return collapse(extractor.getText());
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
