package ru.mentoring.school.oversight;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.school.jooq.Tables.CURATOR_ADDRESS;

/** The verified addresses of a school's curators, as they signed in. */
@Singleton
class CuratorAddressRepository {

    private final DSLContext sql;

    CuratorAddressRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void remember(String schoolId, String email, String name) {
        var a = CURATOR_ADDRESS;
        sql.insertInto(a).set(a.SCHOOL_ID, schoolId).set(a.EMAIL, email).set(a.NAME, name)
                .onConflict(a.SCHOOL_ID, a.EMAIL).doUpdate().set(a.NAME, name).set(a.SEEN_AT, currentOffsetDateTime())
                .execute();
    }

    @Transactional(readOnly = true)
    List<String> of(String schoolId) {
        return sql.select(CURATOR_ADDRESS.EMAIL).from(CURATOR_ADDRESS).where(CURATOR_ADDRESS.SCHOOL_ID.eq(schoolId))
                .orderBy(CURATOR_ADDRESS.EMAIL).fetch(CURATOR_ADDRESS.EMAIL);
    }
}
