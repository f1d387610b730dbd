package ru.mentoring.mentorbank.spreadsheet;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** One data row of a sheet, as Excel numbers it (1-based), with its cells by column. */
record SheetRow(int number, Map<Column, String> text, Map<Column, LocalDate> dates) {

    Optional<String> get(Column column) {
        String value = text.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    boolean isEmpty() {
        return text.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
