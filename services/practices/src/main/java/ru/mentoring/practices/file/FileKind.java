package ru.mentoring.practices.file;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a practice may carry (documents, presentations, tables, lesson scenarios, photos),
 * each by the media type Tika detects from the bytes and the extensions the name may have: a renamed
 * program does not pass as a document.
 */
enum FileKind {
    PDF("application/pdf", true, false, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, true, "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", true, true, "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, true, "xlsx"),
    DOC("application/msword", true, false, "doc"),
    PPT("application/vnd.ms-powerpoint", true, false, "ppt"),
    ODT("application/vnd.oasis.opendocument.text", true, true, "odt"),
    ODP("application/vnd.oasis.opendocument.presentation", true, true, "odp"),
    RTF("application/rtf", true, false, "rtf"),
    TXT("text/plain", true, false, "txt"),
    JPEG("image/jpeg", false, false, "jpg", "jpeg"),
    PNG("image/png", false, false, "png");

    static final String ACCEPTED = "PDF, DOCX, DOC, PPTX, PPT, XLSX, ODT, ODP, RTF, TXT, JPG, PNG";

    private final String mediaType;
    private final boolean hasText;
    private final boolean zipped;
    private final List<String> extensions;

    FileKind(String mediaType, boolean hasText, boolean zipped, String... extensions) {
        this.mediaType = mediaType;
        this.hasText = hasText;
        this.zipped = zipped;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    boolean hasText() {
        return hasText;
    }

    /** An Office Open XML or OpenDocument file: a zip archive, checked for zip bombs before parsing. */
    boolean zipped() {
        return zipped;
    }

    boolean fits(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && extensions.contains(lower.substring(dot + 1));
    }

    static Optional<FileKind> ofMediaType(String detected) {
        for (FileKind kind : values()) {
            if (kind.mediaType.equals(detected)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
