package ru.mentoring.mentorbank.yearlist;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static ru.mentoring.mentorbank.jooq.Tables.MUNICIPAL_MENTOR_YEAR;

/** The yearly list: which mentors are municipal mentors in which school year. */
@Singleton
class MunicipalListRepository {

    private final DSLContext sql;

    MunicipalListRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<UUID> mentorsOf(String year) {
        return sql.select(MUNICIPAL_MENTOR_YEAR.MENTOR_ID).from(MUNICIPAL_MENTOR_YEAR)
                .where(MUNICIPAL_MENTOR_YEAR.SCHOOL_YEAR.eq(year))
                .fetch(MUNICIPAL_MENTOR_YEAR.MENTOR_ID);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void add(String year, UUID mentorId) {
        sql.insertInto(MUNICIPAL_MENTOR_YEAR)
                .set(MUNICIPAL_MENTOR_YEAR.SCHOOL_YEAR, year).set(MUNICIPAL_MENTOR_YEAR.MENTOR_ID, mentorId)
                .onConflictDoNothing().execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void remove(String year, UUID mentorId) {
        sql.deleteFrom(MUNICIPAL_MENTOR_YEAR)
                .where(MUNICIPAL_MENTOR_YEAR.SCHOOL_YEAR.eq(year), MUNICIPAL_MENTOR_YEAR.MENTOR_ID.eq(mentorId))
                .execute();
    }
}
