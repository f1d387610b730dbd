package ru.mentoring.events.document;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import ru.mentoring.events.event.Event;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Лист регистрации: the printable list of everyone holding a place, with columns for arrival and signature. */
final class AttendanceSheetPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("ru"));

    /** One line of the sheet. */
    record Line(String name, String school, String detail, boolean attended) {
    }

    private AttendanceSheetPdf() {
    }

    static byte[] write(Event event, List<Line> lines, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Лист регистрации — " + event.title());
        document.open();
        Paragraph title = new Paragraph("Лист регистрации участников", Pdf.bold(16));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph what = new Paragraph(Documents.kindAndTitle(event), Pdf.bold(12));
        what.setAlignment(Element.ALIGN_CENTER);
        what.setSpacingAfter(4);
        document.add(what);
        document.add(new Paragraph("Дата и время: " + WHEN.format(event.startsAt().atZone(zone)), Pdf.font(10)));
        document.add(new Paragraph("Место: " + (event.venue() != null ? event.venue() : event.onlineUrl() != null
                ? event.onlineUrl() : event.format().title()), Pdf.font(10)));
        document.add(new Paragraph("Организатор: " + Documents.organiser(event), Pdf.font(10)));
        Paragraph count = new Paragraph("Зарегистрировано: " + lines.size() + " из " + event.capacity(), Pdf.font(10));
        count.setSpacingAfter(10);
        document.add(count);

        PdfPTable table = new PdfPTable(new float[] {4, 30, 22, 16, 10, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("№", "Участник", "Школа", "Примечание", "Прибыл", "Подпись")) {
            PdfPCell cell = new PdfPCell(new Phrase(header, Pdf.bold(9)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        int n = 0;
        for (Line line : lines) {
            n++;
            for (String value : List.of(Integer.toString(n), line.name(), line.school(), line.detail(), line.attended() ? "да" : "", "")) {
                PdfPCell cell = new PdfPCell(new Phrase(value, Pdf.font(9)));
                cell.setMinimumHeight(20);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        document.add(table);
        Paragraph sign = new Paragraph("\nОтветственный за регистрацию: ____________________ / ____________________", Pdf.font(10));
        document.add(sign);
        document.close();
        return out.toByteArray();
    }
}
