package ru.mentoring.portal.mentee;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.session.Session;
import ru.mentoring.portal.backend.school.SchoolClient;

import java.util.Optional;

/**
 * The sheet a curator previewed, kept in their session until they confirm the import, so the rows
 * written are exactly the rows they saw. One per session; a new preview replaces it.
 */
record StoredSheet(String fileName, byte[] content) {

    private static final String KEY = "portal.mentee-sheet";

    void keepIn(Session session) {
        session.put(KEY, this);
    }

    static Optional<StoredSheet> takeFrom(Session session) {
        Optional<StoredSheet> sheet = session.get(KEY, StoredSheet.class);
        session.remove(KEY);
        return sheet;
    }

    MultipartBody body() {
        return MultipartBody.builder().addPart("file", fileName, MediaType.of(SchoolClient.XLSX), content).build();
    }
}
