package ru.mentoring.school;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A generated document read back as the words a reader sees (PDFBox for PDF, POI for DOCX). */
public final class Documents {

    private Documents() {
    }

    public static String text(byte[] document, String format) {
        try {
            String text;
            if ("pdf".equals(format)) {
                try (var pdf = Loader.loadPDF(document)) {
                    text = new PDFTextStripper().getText(pdf);
                }
            } else {
                try (var docx = new XWPFDocument(new ByteArrayInputStream(document));
                     var extractor = new XWPFWordExtractor(docx)) {
                    text = extractor.getText();
                }
            }
            // a PDF cell wraps after a hyphen or a space: read it as one line of words
            return text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
