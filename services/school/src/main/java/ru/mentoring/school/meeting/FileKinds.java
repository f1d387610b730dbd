package ru.mentoring.school.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, told by its content rather than its name: PDF, Word, Excel and PowerPoint
 * documents (Office Open XML), JPEG and PNG pictures, plain text in UTF-8. Anything else — a program
 * renamed .pdf, an archive, an old binary format — is not a kind we keep.
 */
final class FileKinds {

    enum Kind {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        JPEG("image/jpeg"),
        PNG("image/png"),
        TXT("text/plain; charset=utf-8");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        String contentType() {
            return contentType;
        }
    }

    static final String ALLOWED = "PDF, DOCX, XLSX, PPTX, JPEG, PNG или TXT";

    private FileKinds() {
    }

    static Optional<Kind> of(byte[] data) {
        if (startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(data, new byte[] {'P', 'K', 3, 4})) {
            return office(data);
        }
        return text(data) ? Optional.of(Kind.TXT) : Optional.empty();
    }

    /** An Office Open XML package names its main part: word/, xl/ or ppt/. */
    private static Optional<Kind> office(byte[] data) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case "word/document.xml" -> {
                        return Optional.of(Kind.DOCX);
                    }
                    case "xl/workbook.xml" -> {
                        return Optional.of(Kind.XLSX);
                    }
                    case "ppt/presentation.xml" -> {
                        return Optional.of(Kind.PPTX);
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Readable UTF-8 without control characters other than line breaks and tabs. */
    private static boolean text(byte[] data) {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return decoded.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
