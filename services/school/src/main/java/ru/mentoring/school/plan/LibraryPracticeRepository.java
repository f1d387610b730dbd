package ru.mentoring.school.plan;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.practice.PracticePublishedV1;

import java.time.ZoneOffset;

import static ru.mentoring.school.jooq.Tables.LIBRARY_PRACTICE;

/** The library's published practices as they are announced: a later publication replaces the title. */
@Singleton
class LibraryPracticeRepository {

    private final DSLContext sql;

    LibraryPracticeRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsert(PracticePublishedV1 p) {
        var l = LIBRARY_PRACTICE;
        var at = p.publishedAt().atOffset(ZoneOffset.UTC);
        sql.insertInto(l).set(l.ID, p.id()).set(l.TITLE, p.title()).set(l.FORM, p.form()).set(l.YEAR, p.year())
                .set(l.PUBLISHED_AT, at)
                .onConflict(l.ID).doUpdate().set(l.TITLE, p.title()).set(l.FORM, p.form()).set(l.YEAR, p.year())
                .set(l.PUBLISHED_AT, at).where(l.PUBLISHED_AT.le(at)).execute();
    }
}
