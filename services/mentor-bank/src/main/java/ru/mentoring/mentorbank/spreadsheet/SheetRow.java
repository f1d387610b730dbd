package ru.mentoring.mentorbank.spreadsheet;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One data row of a sheet, as Excel numbers it (1-based), with its cells by column: the text, a real
 * Excel date where the cell holds one, the cell's address («F7») and the header the sheet gave the
 * column, so every warning names the cell as the methodist sees it.
 */
record SheetRow(String sheet, int number, Map<Column, String> text, Map<Column, LocalDate> dates,
                Map<Column, String> cells, Map<Column, String> headers) {

    SheetRow(int number, Map<Column, String> text, Map<Column, LocalDate> dates) {
        this("", number, text, dates, Map.of(), Map.of());
    }

    Optional<String> get(Column column) {
        String value = text.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    boolean isEmpty() {
        return text.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /** «F7» where the sheet has the column, else the row alone. */
    String cell(Column column) {
        return cells.getOrDefault(column, "строка " + number);
    }

    /** The column's header as the sheet wrote it. */
    String header(Column column) {
        return headers.getOrDefault(column, column.header());
    }
}
