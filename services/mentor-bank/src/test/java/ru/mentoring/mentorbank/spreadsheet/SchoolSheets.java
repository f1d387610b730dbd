package ru.mentoring.mentorbank.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds sheets in memory the way schools keep them: a title merged across the columns, a blank
 * line, then the header row, so the tests meet the same shapes the importer meets in real files.
 * Rows are addressed by the number Excel shows (1-based), the number the import reports.
 */
final class SchoolSheets {

    static final String TITLE = "База наставников МАОУ СОШ № 1 на 2026/2027 учебный год";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet = workbook.createSheet("Наставники");
    private final CellStyle dateStyle;

    private SchoolSheets() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
    }

    /** Title in Excel row 1 merged over the header's width, row 2 blank, headers in row 3. */
    static SchoolSheets titled(List<String> headers) {
        SchoolSheets sheets = new SchoolSheets();
        sheets.row(1, TITLE);
        sheets.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, headers.size() - 1)));
        sheets.row(3, headers.toArray());
        return sheets;
    }

    /** Headers straight in Excel row 1, as an exported file has them. */
    static SchoolSheets plain(List<String> headers) {
        SchoolSheets sheets = new SchoolSheets();
        sheets.row(1, headers.toArray());
        return sheets;
    }

    /** Strings become text cells, numbers numeric cells, dates real Excel dates; null leaves the cell out. */
    SchoolSheets row(int excelRow, Object... values) {
        Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1) : sheet.createRow(excelRow - 1);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                case Number number -> cell.setCellValue(number.doubleValue());
                default -> cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    Sheet sheet() {
        return sheet;
    }

    byte[] bytes() {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
