package ru.mentoring.events.document;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import ru.mentoring.events.event.Event;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Сертификат участника: a landscape page naming the participant, the event, its date and the organiser. */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));

    private CertificatePdf() {
    }

    static byte[] write(Event event, String participant, String detail, String number, LocalDate issued, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Сертификат участника — " + participant);
        document.open();
        PdfContentByte canvas = writer.getDirectContentUnder();
        canvas.setColorStroke(new Color(0x2E, 0x5C, 0x8A));
        canvas.setLineWidth(4);
        canvas.rectangle(24, 24, document.getPageSize().getWidth() - 48, document.getPageSize().getHeight() - 48);
        canvas.stroke();

        centred(document, "СЕРТИФИКАТ", Pdf.bold(34), 30);
        centred(document, "участника", Pdf.font(18), 24);
        centred(document, "подтверждает, что", Pdf.font(14), 10);
        centred(document, participant, Pdf.bold(24), 6);
        if (!detail.isBlank()) {
            centred(document, detail, Pdf.font(12), 10);
        }
        centred(document, "принял(а) участие в мероприятии", Pdf.font(14), 6);
        centred(document, Documents.kindAndTitle(event), Pdf.bold(16), 6);
        centred(document, DATE.format(event.startsAt().atZone(zone)) + (event.venue() != null ? ", " + event.venue() : ""),
                Pdf.font(12), 28);
        centred(document, "Организатор: " + Documents.organiser(event), Pdf.font(12), 30);
        Paragraph footer = new Paragraph("Сертификат № " + number + "        Дата выдачи: " + DATE.format(issued), Pdf.font(10));
        footer.setAlignment(Element.ALIGN_CENTER);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static void centred(Document document, String text, org.openpdf.text.Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }
}
