package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A problem of one cell that does not stop the row: the value is left out and the rest is imported.
 * {@code column} is the header as the sheet wrote it, {@code cell} its address («F7»).
 */
@Serdeable
record RowWarning(String column, String cell, String message) {

    static RowWarning of(SheetRow row, Column column, String message) {
        return new RowWarning(row.header(column), row.cell(column), message);
    }
}
