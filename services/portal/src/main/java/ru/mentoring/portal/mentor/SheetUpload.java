package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Excel list a methodist uploads on «Импорт из Excel», and the school whose base it is (for rows
 * that name none), sent on to the bank as it came.
 */
@Introspected
record SheetUpload(@Nullable CompletedFileUpload file, @Nullable String school) implements CheckedForm {

    static SheetUpload of(@Nullable CompletedFileUpload file, @Nullable String school) {
        return new SheetUpload(file, school);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        boolean missing = file == null || file.getFilename() == null || file.getFilename().isBlank()
                || file.getSize() == 0;
        return missing ? List.of(new FormErrors.FieldError("file", "Выберите файл Excel (.xlsx) со списком наставников"))
                : List.of();
    }

    @Nullable
    String schoolId() {
        return Typed.text(school);
    }

    String fileName() {
        return file == null || file.getFilename() == null ? "" : file.getFilename();
    }

    /** The multipart part {@code file}, the way the user's browser sent it. */
    MultipartBody body() {
        return pending().body();
    }

    /** The file as the session keeps it until the methodist confirms the preview. */
    Pending pending() {
        try {
            String type = file.getContentType().map(MediaType::toString).orElse(SheetController.XLSX);
            return new Pending(fileName(), type, file.getBytes(), schoolId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A previewed file: a school's list is a few dozen kilobytes, kept in the server-side session. */
    record Pending(String fileName, String contentType, byte[] bytes, @Nullable String schoolId) implements Serializable {

        MultipartBody body() {
            return MultipartBody.builder().addPart("file", fileName, MediaType.of(contentType), bytes).build();
        }
    }
}
