package ru.mentoring.events.mentorbase;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.mentor.MentorProfileV1;

import java.util.List;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static ru.mentoring.events.jooq.Tables.MENTOR_CARD;

/** Writes of the mentor cards; only the projection writes them. */
@Singleton
class MentorCardRepository {

    private final DSLContext sql;

    MentorCardRepository(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Each card inserted, or replacing the stored one only when its revision is newer, in one statement;
     * at most one profile per mentor (a statement cannot change a row twice).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsertAllIfNewer(List<MentorProfileV1> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        var m = MENTOR_CARD;
        var insert = sql.insertInto(m, m.ID, m.REVISION, m.ACCOUNT_KEY, m.FULL_NAME, m.KIND, m.HOME_SCHOOL_ID,
                m.EXPERIENCE_YEARS, m.ACTIVE);
        for (MentorProfileV1 p : profiles) {
            insert = insert.values(p.id(), p.revision(), p.accountKey(), p.fullName(), p.kind().name(), p.homeSchoolId(),
                    p.experienceYears(), p.active());
        }
        insert.onConflict(m.ID)
                .doUpdate()
                .set(m.REVISION, excluded(m.REVISION))
                .set(m.ACCOUNT_KEY, excluded(m.ACCOUNT_KEY))
                .set(m.FULL_NAME, excluded(m.FULL_NAME))
                .set(m.KIND, excluded(m.KIND))
                .set(m.HOME_SCHOOL_ID, excluded(m.HOME_SCHOOL_ID))
                .set(m.EXPERIENCE_YEARS, excluded(m.EXPERIENCE_YEARS))
                .set(m.ACTIVE, excluded(m.ACTIVE))
                .set(m.UPDATED_AT, currentOffsetDateTime())
                .where(m.REVISION.lt(excluded(m.REVISION)))
                .execute();
    }
}
