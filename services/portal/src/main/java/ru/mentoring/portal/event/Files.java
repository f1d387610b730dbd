package ru.mentoring.portal.event;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/** A document or image the events service made, handed on to the browser with its type and name. */
final class Files {

    private Files() {
    }

    static HttpResponse<byte[]> handOn(HttpResponse<byte[]> file, String type, String fallbackName) {
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        byte[] body = file.body();
        return HttpResponse.ok(body == null ? new byte[0] : body)
                .contentType(file.getContentType().map(MediaType::toString).filter(t -> !t.startsWith("application/json")).orElse(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition : "inline; filename=\"" + fallbackName + "\"");
    }
}
