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
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads every visible sheet of a school's workbook that holds a mentor table: finds the header row
 * among the first rows (title rows with merged cells may stand above it; a header may take two rows,
 * a merged «Контактные данные» over «Телефон» and «E-mail»), maps the known columns wherever they are,
 * and returns every row below it. A value merged down over several rows (one school or form for a
 * group of mentors) belongs to each of them; a row whose name cell is merged across the table is a
 * heading («Педагоги-наставники»), not a mentor. Unknown columns are ignored.
 */
final class MentorSheetReader {

    private static final int HEADER_SEARCH_ROWS = 20;

    private MentorSheetReader() {
    }

    static List<SheetRow> read(InputStream xlsx) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            List<SheetRow> rows = new ArrayList<>();
            boolean found = false;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                List<SheetRow> sheetRows = read(workbook.getSheetAt(s));
                if (sheetRows != null) {
                    found = true;
                    rows.addAll(sheetRows);
                }
            }
            if (!found) {
                throw unreadable("Не найдена строка заголовков ни на одном листе: нужен хотя бы столбец «ФИО наставника»");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof HttpStatusException known) {
                throw known;
            }
            // the POI exception's own text is English and technical: of no use to a methodist
            throw unreadable("Файл не похож на книгу Excel (.xlsx). Сохраните базу наставников в Excel как «Книга Excel (*.xlsx)» и загрузите снова");
        }
    }

    /** The rows of a sheet with a mentor table, or {@code null} when the sheet has none. */
    static List<SheetRow> read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("ru"));
        Merged merged = new Merged(sheet);
        Header header = null;
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Header candidate = header(sheet, r, formatter, merged);
            if (candidate.columns().containsValue(Column.FULL_NAME)
                    && (header == null || candidate.columns().size() > header.columns().size())) {
                header = candidate;
            }
        }
        if (header == null) {
            return null;
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = header.firstDataRow(); r <= sheet.getLastRowNum(); r++) {
            rows.add(row(sheet, r, header, formatter, merged));
        }
        return rows;
    }

    private record Header(Map<Integer, Column> columns, Map<Column, String> texts, int firstDataRow) {
    }

    /** Row r as a header; the row below adds the columns a merged cell of row r stands over. */
    private static Header header(Sheet sheet, int r, DataFormatter formatter, Merged merged) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Column, String> texts = new EnumMap<>(Column.class);
        recognise(sheet.getRow(r), formatter, merged, columns, texts, index -> true);
        Map<Integer, Column> below = new LinkedHashMap<>();
        Map<Column, String> belowTexts = new EnumMap<>(Column.class);
        recognise(sheet.getRow(r + 1), formatter, merged,
                below, belowTexts, index -> merged.spansColumns(r, index) || !columns.containsKey(index));
        boolean twoRows = below.values().stream().anyMatch(c -> !columns.containsValue(c))
                && below.keySet().stream().anyMatch(index -> merged.spansColumns(r, index));
        if (twoRows) {
            below.forEach((index, column) -> {
                if (!columns.containsValue(column)) {
                    columns.remove(index);
                    columns.put(index, column);
                    texts.put(column, belowTexts.get(column));
                }
            });
        }
        return new Header(columns, texts, twoRows ? r + 2 : r + 1);
    }

    private static void recognise(Row row, DataFormatter formatter, Merged merged, Map<Integer, Column> columns,
                                  Map<Column, String> texts, java.util.function.IntPredicate considered) {
        if (row == null) {
            return;
        }
        for (Cell cell : row) {
            int index = cell.getColumnIndex();
            String text = formatter.formatCellValue(cell);
            if (!considered.test(index) || text.isBlank()) {
                continue;
            }
            Column.of(text).filter(column -> !columns.containsValue(column)).ifPresent(column -> {
                columns.put(index, column);
                texts.put(column, text.strip().replaceAll("\\s+", " "));
            });
        }
    }

    private static SheetRow row(Sheet sheet, int r, Header header, DataFormatter formatter, Merged merged) {
        Map<Column, String> text = new EnumMap<>(Column.class);
        Map<Column, LocalDate> dates = new EnumMap<>(Column.class);
        Map<Column, String> cells = new EnumMap<>(Column.class);
        Integer nameIndex = header.columns().entrySet().stream().filter(e -> e.getValue() == Column.FULL_NAME)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        boolean heading = merged.spansColumns(r, nameIndex);
        header.columns().forEach((index, column) -> {
            cells.put(column, new CellAddress(r, index).formatAsString());
            if (heading) {
                return;
            }
            Cell cell = merged.valueCell(sheet, r, index);
            if (cell == null) {
                return;
            }
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                dates.put(column, cell.getLocalDateTimeCellValue().toLocalDate());
            }
            text.put(column, formatter.formatCellValue(cell));
        });
        return new SheetRow(sheet.getSheetName(), r + 1, text, dates, cells, header.texts());
    }

    /** The merged regions of a sheet, looked up by cell. */
    private static final class Merged {
        private final Map<Long, CellRangeAddress> byCell = new HashMap<>();

        Merged(Sheet sheet) {
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.getNumberOfCells() > 10_000) {
                    continue; // a whole-column merge says nothing about single cells
                }
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        byCell.put(key(r, c), region);
                    }
                }
            }
        }

        boolean spansColumns(int r, int c) {
            CellRangeAddress region = byCell.get(key(r, c));
            return region != null && region.getFirstColumn() != region.getLastColumn();
        }

        /** The cell itself, or the top-left cell of the region merged down over it. */
        Cell valueCell(Sheet sheet, int r, int c) {
            CellRangeAddress region = byCell.get(key(r, c));
            int row = r;
            int column = c;
            if (region != null && region.getFirstColumn() == region.getLastColumn()) {
                row = region.getFirstRow();
                column = region.getFirstColumn();
            } else if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                return null;
            }
            Row holder = sheet.getRow(row);
            return holder == null ? null : holder.getCell(column);
        }

        private static long key(int r, int c) {
            return ((long) r << 20) | c;
        }
    }

    private static HttpStatusException unreadable(String russianMessage) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, russianMessage);
    }
}
