package ru.mentoring.school.consent;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static ru.mentoring.school.jooq.Tables.CONSENT;

@Singleton
class ConsentQueries {

    private final DSLContext sql;

    ConsentQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** Which of these mentees have a consent of the kind in force. */
    @Transactional(readOnly = true)
    Set<UUID> inForce(String schoolId, ConsentKind kind, Collection<UUID> menteeIds) {
        if (menteeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.selectDistinct(CONSENT.MENTEE_ID).from(CONSENT)
                .where(CONSENT.SCHOOL_ID.eq(schoolId), CONSENT.KIND.eq(kind.name()), CONSENT.WITHDRAWN_ON.isNull(),
                        CONSENT.MENTEE_ID.in(menteeIds))
                .fetch(CONSENT.MENTEE_ID));
    }

    /** Every mentee of the school with a consent of the kind in force. */
    @Transactional(readOnly = true)
    Set<UUID> allInForce(String schoolId, ConsentKind kind) {
        return new HashSet<>(sql.selectDistinct(CONSENT.MENTEE_ID).from(CONSENT)
                .where(CONSENT.SCHOOL_ID.eq(schoolId), CONSENT.KIND.eq(kind.name()), CONSENT.WITHDRAWN_ON.isNull())
                .fetch(CONSENT.MENTEE_ID));
    }
}
