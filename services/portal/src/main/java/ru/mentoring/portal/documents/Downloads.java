package ru.mentoring.portal.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/**
 * A file a backend service made (a document, a spreadsheet), handed on to the browser as it came: its
 * bytes, its type and the Russian file name the service gave it.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The service's answer, with {@code fallbackType} and {@code fallbackName} should it not say them. */
    public static HttpResponse<byte[]> handOn(HttpResponse<byte[]> file, String fallbackType, String fallbackName) {
        String type = file.getContentType().map(MediaType::toString)
                .filter(t -> !t.startsWith("application/json")).orElse(fallbackType);
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        byte[] body = file.body();
        return HttpResponse.ok(body == null ? new byte[0] : body).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition != null ? disposition : "attachment; filename=\"" + fallbackName + "\"");
    }

    /** «pdf» or «docx» as asked; anything else is read as PDF, the printable one. */
    public static String format(@Nullable String asked) {
        return asked != null && "docx".equalsIgnoreCase(asked.strip()) ? "docx" : "pdf";
    }
}
