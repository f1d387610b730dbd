package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the first sheet of a school's XLSX: finds the header row among the first rows (title rows
 * with merged cells may stand above it), maps the known columns wherever they are, and returns
 * every row below it. Unknown columns are ignored.
 */
final class MentorSheetReader {

    private static final int HEADER_SEARCH_ROWS = 20;

    private MentorSheetReader() {
    }

    static List<SheetRow> read(InputStream xlsx) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw unreadable("В файле нет листов");
            }
            return read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof HttpStatusException known) {
                throw known;
            }
            // the POI exception's own text is English and technical: of no use to a methodist
            throw unreadable("Файл не похож на книгу Excel (.xlsx). Сохраните базу наставников в Excel как «Книга Excel (*.xlsx)» и загрузите снова");
        }
    }

    static List<SheetRow> read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("ru"));
        int headerRow = -1;
        Map<Integer, Column> columns = Map.of();
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Map<Integer, Column> found = headerColumns(sheet.getRow(r), formatter);
            if (found.containsValue(Column.FULL_NAME) && found.size() > columns.size()) {
                headerRow = r;
                columns = found;
            }
        }
        if (headerRow < 0) {
            throw unreadable("Не найдена строка заголовков: нужен хотя бы столбец «ФИО наставника»");
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(row(sheet.getRow(r), r + 1, columns, formatter));
        }
        return rows;
    }

    private static Map<Integer, Column> headerColumns(Row row, DataFormatter formatter) {
        Map<Integer, Column> found = new java.util.HashMap<>();
        if (row == null) {
            return found;
        }
        for (Cell cell : row) {
            String header = formatter.formatCellValue(cell);
            for (Column column : Column.values()) {
                if (column.matches(header) && !found.containsValue(column)) {
                    found.put(cell.getColumnIndex(), column);
                }
            }
        }
        return found;
    }

    private static SheetRow row(Row row, int number, Map<Integer, Column> columns, DataFormatter formatter) {
        Map<Column, String> text = new EnumMap<>(Column.class);
        Map<Column, LocalDate> dates = new EnumMap<>(Column.class);
        if (row != null) {
            columns.forEach((index, column) -> {
                Cell cell = row.getCell(index);
                if (cell == null) {
                    return;
                }
                if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    dates.put(column, cell.getLocalDateTimeCellValue().toLocalDate());
                }
                text.put(column, formatter.formatCellValue(cell));
            });
        }
        return new SheetRow(number, text, dates);
    }

    private static HttpStatusException unreadable(String russianMessage) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, russianMessage);
    }
}
