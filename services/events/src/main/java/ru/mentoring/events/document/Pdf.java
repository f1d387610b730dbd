package ru.mentoring.events.document;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DejaVu Sans, embedded into each document (Identity-H), so Russian text prints and extracts right. */
final class Pdf {

    private static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private Pdf() {
    }

    static Font font(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = Pdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
