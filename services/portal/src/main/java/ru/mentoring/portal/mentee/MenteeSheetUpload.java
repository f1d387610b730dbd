package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The mentee base in Excel as the curator uploads it for a preview. */
@Introspected
record MenteeSheetUpload(@Nullable CompletedFileUpload file) implements CheckedForm {

    // a school's base is a few hundred rows: a file past this is not one
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Override
    public List<FormErrors.FieldError> check() {
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return List.of(new FormErrors.FieldError("file", "Выберите файл Excel (.xlsx) с базой наставляемых"));
        }
        if (file.getSize() > MAX_BYTES) {
            return List.of(new FormErrors.FieldError("file", "Файл больше 5 МБ: разделите базу на части"));
        }
        return List.of();
    }

    StoredSheet stored() {
        try {
            return new StoredSheet(file.getFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
