package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The Excel list a methodist uploads on «Импорт из Excel», sent on to the bank as it came. */
@Introspected
record SheetUpload(@Nullable CompletedFileUpload file) implements CheckedForm {

    @Override
    public List<FormErrors.FieldError> check() {
        boolean missing = file == null || file.getFilename() == null || file.getFilename().isBlank()
                || file.getSize() == 0;
        return missing ? List.of(new FormErrors.FieldError("file", "Выберите файл Excel (.xlsx) со списком наставников"))
                : List.of();
    }

    /** The multipart part {@code file}, the way the user's browser sent it. */
    MultipartBody body() {
        try {
            MediaType type = file.getContentType().orElse(MediaType.of(SheetController.XLSX));
            return MultipartBody.builder().addPart("file", file.getFilename(), type, file.getBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
