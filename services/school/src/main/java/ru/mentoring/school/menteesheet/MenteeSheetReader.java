package ru.mentoring.school.menteesheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a school's mentee base from XLSX as schools keep it: on every sheet that has one, the header
 * row is found among the first rows (title rows and merged cells may stand above it), the columns are
 * recognised by meaning wherever they are, and every row below is returned.
 */
final class MenteeSheetReader {

    private static final int HEADER_SEARCH_ROWS = 20;

    private MenteeSheetReader() {
    }

    static List<SheetRow> read(InputStream xlsx) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
            List<SheetRow> rows = new ArrayList<>();
            boolean found = false;
            for (Sheet sheet : workbook) {
                Map<Integer, SheetColumn> columns = new HashMap<>();
                int header = header(sheet, formatter, columns);
                if (header < 0) {
                    continue;
                }
                found = true;
                for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                    rows.add(row(sheet.getSheetName(), sheet.getRow(r), r + 1, columns, formatter));
                }
            }
            if (!found) {
                throw new BusinessRuleException("Не найдена строка заголовков: нужен хотя бы столбец «ФИО наставляемого»");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException known) {
                throw known;
            }
            // POI's own message is English and technical: of no use to a curator
            throw new BusinessRuleException("Файл не похож на книгу Excel (.xlsx). Сохраните базу наставляемых в Excel "
                    + "как «Книга Excel (*.xlsx)» и загрузите снова");
        }
    }

    /** @return the header row's index, filling {@code columns}; -1 when the sheet has none */
    private static int header(Sheet sheet, DataFormatter formatter, Map<Integer, SheetColumn> columns) {
        int best = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Map<Integer, SheetColumn> found = headings(sheet.getRow(r), formatter);
            if (found.containsValue(SheetColumn.FULL_NAME) && found.size() > columns.size()) {
                columns.clear();
                columns.putAll(found);
                best = r;
            }
        }
        return best;
    }

    /** Each heading goes to the column it names best; each column to its best heading. */
    private static Map<Integer, SheetColumn> headings(Row row, DataFormatter formatter) {
        Map<SheetColumn, int[]> bestCell = new EnumMap<>(SheetColumn.class);
        if (row == null) {
            return Map.of();
        }
        for (Cell cell : row) {
            String heading = formatter.formatCellValue(cell);
            SheetColumn chosen = null;
            int score = 0;
            for (SheetColumn column : SheetColumn.values()) {
                int s = column.match(heading);
                if (s > score) {
                    score = s;
                    chosen = column;
                }
            }
            if (chosen != null && (!bestCell.containsKey(chosen) || bestCell.get(chosen)[1] < score)) {
                bestCell.put(chosen, new int[] {cell.getColumnIndex(), score});
            }
        }
        Map<Integer, SheetColumn> columns = new HashMap<>();
        bestCell.forEach((column, cell) -> columns.put(cell[0], column));
        return columns;
    }

    private static SheetRow row(String sheet, Row row, int number, Map<Integer, SheetColumn> columns, DataFormatter formatter) {
        Map<SheetColumn, String> text = new EnumMap<>(SheetColumn.class);
        Map<SheetColumn, LocalDate> dates = new EnumMap<>(SheetColumn.class);
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
        return new SheetRow(sheet, number, text, dates);
    }
}
