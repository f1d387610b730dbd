package ru.mentoring.events.mentorbase;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.mentor.MentorProfileV1;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.events.jooq.Tables.MENTOR_CARD;

/** Writes of the mentor cards; only the projection writes them. */
@Singleton
class MentorCardRepository {

    private final DSLContext sql;

    MentorCardRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Inserts the card, or replaces the stored one only when this revision is newer. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsertIfNewer(MentorProfileV1 p) {
        var m = MENTOR_CARD;
        sql.insertInto(m)
                .set(m.ID, p.id())
                .set(m.REVISION, p.revision())
                .set(m.ACCOUNT_KEY, p.accountKey())
                .set(m.FULL_NAME, p.fullName())
                .set(m.KIND, p.kind().name())
                .set(m.HOME_SCHOOL_ID, p.homeSchoolId())
                .set(m.EXPERIENCE_YEARS, p.experienceYears())
                .set(m.ACTIVE, p.active())
                .onConflict(m.ID)
                .doUpdate()
                .set(m.REVISION, p.revision())
                .set(m.ACCOUNT_KEY, p.accountKey())
                .set(m.FULL_NAME, p.fullName())
                .set(m.KIND, p.kind().name())
                .set(m.HOME_SCHOOL_ID, p.homeSchoolId())
                .set(m.EXPERIENCE_YEARS, p.experienceYears())
                .set(m.ACTIVE, p.active())
                .set(m.UPDATED_AT, currentOffsetDateTime())
                .where(m.REVISION.lt(p.revision()))
                .execute();
    }
}
