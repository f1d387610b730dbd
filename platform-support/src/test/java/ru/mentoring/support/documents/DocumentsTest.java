package ru.mentoring.support.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both renderings read back as the same Russian text: what a reader of the printed page sees. */
class DocumentsTest {

    private final DocumentSpec order = new DocumentSpec("Приказ", List.of(
            new DocumentSpec.Heading("ПРИКАЗ № 15 о закреплении наставнических пар"),
            new DocumentSpec.Paragraph("В соответствии с Положением о наставничестве ПРИКАЗЫВАЮ:"),
            new DocumentSpec.Table(List.of("Наставник", "Наставляемый", "Форма"),
                    List.of(List.of("Иванова Мария Сергеевна", "Петров Пётр, 7Б", "ученик – ученик")), List.of(3, 3, 2)),
            new DocumentSpec.Signatures(List.of(new DocumentSpec.Signature("Директор", "Смирнова Е. В.")), true)));

    @Test
    void pdfEmbedsTheFontAndReadsBackInRussian() throws Exception {
        byte[] pdf = Pdf.render(order);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ПРИКАЗ № 15 о закреплении наставнических пар", "Иванова Мария Сергеевна",
                    "Петров Пётр, 7Б", "ученик – ученик", "Директор", "Смирнова Е. В.");
            var font = document.getPage(0).getResources().getFontNames().iterator().next();
            assertThat(document.getPage(0).getResources().getFont(font).isEmbedded()).isTrue();
        }
    }

    @Test
    void docxReadsBackInRussian() throws Exception {
        try (var docx = new XWPFDocument(new ByteArrayInputStream(Docx.render(order)));
             var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("ПРИКАЗ № 15 о закреплении наставнических пар",
                    "Иванова Мария Сергеевна", "ученик – ученик", "Смирнова Е. В.");
        }
    }
}
