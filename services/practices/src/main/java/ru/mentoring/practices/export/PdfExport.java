package ru.mentoring.practices.export;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PDF exports with OpenPDF. The DejaVu fonts of the OS package fonts-dejavu-core are embedded, so
 * Cyrillic prints the same on any computer; without them the export answers 503 saying which package
 * is missing rather than printing empty boxes.
 */
@Singleton
class PdfExport {

    private final Path fontDir;

    PdfExport(@Value("${practices.export.font-dir:/usr/share/fonts/truetype/dejavu}") String fontDir) {
        this.fontDir = Path.of(fontDir);
    }

    private record Fonts(Font title, Font heading, Font label, Font text, Font small) {
    }

    byte[] practice(ExportedPractice practice) {
        return write(null, List.of(practice));
    }

    byte[] collection(String title, String subtitle, List<ExportedPractice> practices) {
        return write(new String[] {title, subtitle}, practices);
    }

    private byte[] write(String[] cover, List<ExportedPractice> practices) {
        Fonts fonts = fonts();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(fonts.small()));
            doc.addTitle(cover != null ? cover[0] : practices.getFirst().title());
            doc.addCreator("Сеть наставничества — банк практик");
            doc.open();
            if (cover != null) {
                Paragraph heading = new Paragraph(cover[0], fonts.title());
                heading.setSpacingBefore(160);
                heading.setAlignment(Element.ALIGN_CENTER);
                doc.add(heading);
                Paragraph sub = new Paragraph(cover[1], fonts.text());
                sub.setAlignment(Element.ALIGN_CENTER);
                sub.setSpacingBefore(12);
                doc.add(sub);
                doc.newPage();
                doc.add(new Paragraph("Содержание", fonts.heading()));
                int n = 1;
                for (ExportedPractice p : practices) {
                    doc.add(new Paragraph(n++ + ". " + p.title(), fonts.text()));
                }
            }
            for (ExportedPractice p : practices) {
                if (cover != null) {
                    doc.newPage();
                }
                add(doc, p, fonts);
            }
            doc.close();
            return out.toByteArray();
        } catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("PDF export failed", e);
        }
    }

    private static void add(Document doc, ExportedPractice p, Fonts fonts) {
        doc.add(new Paragraph(p.title(), fonts.title()));
        Paragraph version = new Paragraph(p.subtitle(), fonts.small());
        version.setSpacingAfter(10);
        doc.add(version);
        for (ExportedPractice.Fact fact : p.facts()) {
            Paragraph line = new Paragraph();
            line.add(new Chunk(fact.label() + ": ", fonts.label()));
            line.add(new Chunk(fact.value(), fonts.text()));
            doc.add(line);
        }
        for (ExportedPractice.Section section : p.sections()) {
            Paragraph heading = new Paragraph(section.heading(), fonts.heading());
            heading.setSpacingBefore(12);
            doc.add(heading);
            for (String paragraph : section.text().split("\\R+")) {
                Paragraph text = new Paragraph(paragraph, fonts.text());
                text.setAlignment(Element.ALIGN_JUSTIFIED);
                text.setSpacingAfter(4);
                doc.add(text);
            }
        }
    }

    private Fonts fonts() {
        Path regular = fontDir.resolve("DejaVuSans.ttf");
        Path bold = fontDir.resolve("DejaVuSans-Bold.ttf");
        if (!Files.isReadable(regular) || !Files.isReadable(bold)) {
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Выгрузка в PDF недоступна: на сервере не установлены шрифты DejaVu (пакет fonts-dejavu-core)");
        }
        try {
            BaseFont sans = BaseFont.createFont(regular.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont sansBold = BaseFont.createFont(bold.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return new Fonts(new Font(sansBold, 16), new Font(sansBold, 12), new Font(sansBold, 10), new Font(sans, 10),
                    new Font(sans, 8));
        } catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("fonts unreadable", e);
        }
    }

    /** «стр. N» at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("стр. " + writer.getPageNumber(), font),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
