package ru.mentoring.school.account;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.ZoneOffset;

import static ru.mentoring.school.jooq.Tables.MENTEE_ACCOUNT;

/**
 * Writes a login's link only while neither the mentee nor the e-mail is taken — in any school: two
 * curators giving logins at the same moment cannot both win, and the loser writes nothing.
 */
@Singleton
class LoginLinkRepository {

    private final DSLContext sql;

    LoginLinkRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** @return false when the mentee already has a login on record or the e-mail serves another mentee */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean insertUnlessTaken(MenteeAccount a) {
        return sql.insertInto(MENTEE_ACCOUNT)
                .set(MENTEE_ACCOUNT.MENTEE_ID, a.menteeId())
                .set(MENTEE_ACCOUNT.SCHOOL_ID, a.schoolId())
                .set(MENTEE_ACCOUNT.ACCOUNT_KEY, a.accountKey())
                .set(MENTEE_ACCOUNT.EMAIL, a.email())
                .set(MENTEE_ACCOUNT.USERNAME, a.username())
                .set(MENTEE_ACCOUNT.USER_ID, a.userId())
                .set(MENTEE_ACCOUNT.CREATED_AT, a.createdAt().atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
