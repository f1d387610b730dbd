package ru.mentoring.mentorbank.catalogue;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY;

/** Changes of the managed lists. */
@Singleton
class CatalogueRepository {

    private final DSLContext sql;

    CatalogueRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Adds the competency, or renames and reactivates the one with that code. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveCompetency(String code, String title) {
        sql.insertInto(COMPETENCY).set(COMPETENCY.CODE, code).set(COMPETENCY.TITLE, title)
                .onConflict(COMPETENCY.CODE).doUpdate()
                .set(COMPETENCY.TITLE, title).set(COMPETENCY.ACTIVE, true)
                .execute();
    }
}
