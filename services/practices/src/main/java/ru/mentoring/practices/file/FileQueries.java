package ru.mentoring.practices.file;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.PRACTICE_FILE;

/** The text of each version's attachments, for the search index. */
@Singleton
class FileQueries {

    private final DSLContext sql;

    FileQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Map<UUID, String> textsOf(Collection<UUID> versionIds) {
        var f = PRACTICE_FILE;
        Map<UUID, String> texts = new HashMap<>();
        if (versionIds.isEmpty()) {
            return texts;
        }
        sql.select(f.VERSION_ID, f.FILE_NAME, f.EXTRACTED_TEXT).from(f)
                .where(f.VERSION_ID.in(versionIds))
                .orderBy(f.VERSION_ID, f.UPLOADED_AT)
                .forEach(r -> texts.merge(r.get(f.VERSION_ID),
                        r.get(f.FILE_NAME) + ": " + (r.get(f.EXTRACTED_TEXT) == null ? "" : r.get(f.EXTRACTED_TEXT)),
                        (a, b) -> a + "\n" + b));
        return texts;
    }
}
