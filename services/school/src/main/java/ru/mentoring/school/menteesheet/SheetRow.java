package ru.mentoring.school.menteesheet;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** One data row of a sheet as Excel numbers it, with its cells by column (dates as Excel stored them). */
record SheetRow(String sheet, int number, Map<SheetColumn, String> text, Map<SheetColumn, LocalDate> dates) {

    Optional<String> get(SheetColumn column) {
        String value = text.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    boolean isEmpty() {
        return text.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
