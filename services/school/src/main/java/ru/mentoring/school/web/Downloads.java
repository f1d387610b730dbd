package ru.mentoring.school.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import ru.mentoring.support.documents.DocumentSpec;
import ru.mentoring.support.documents.Docx;
import ru.mentoring.support.documents.Pdf;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document as a download in the format asked for, under a Russian file name browsers keep. */
public final class Downloads {

    private Downloads() {
    }

    public static MutableHttpResponse<byte[]> document(DocumentSpec spec, String format, String baseName) {
        return switch (format == null ? "pdf" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> file(Pdf.render(spec), Pdf.CONTENT_TYPE, baseName + ".pdf");
            case "docx" -> file(Docx.render(spec), Docx.CONTENT_TYPE, baseName + ".docx");
            default -> throw new BusinessRuleException("Формат документа: pdf или docx");
        };
    }

    public static MutableHttpResponse<byte[]> file(byte[] content, String contentType, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(content).contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"document" + fileName.substring(fileName.lastIndexOf('.'))
                        + "\"; filename*=UTF-8''" + encoded);
    }
}
