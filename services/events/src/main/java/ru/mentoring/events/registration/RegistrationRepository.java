package ru.mentoring.events.registration;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.events.jooq.Tables.REGISTRATION;

/** Writes of applications as typed jOOQ; a batch of new ones goes in one statement. */
@Singleton
class RegistrationRepository {

    private final DSLContext sql;
    private final ObjectMapper json;

    RegistrationRepository(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Registration> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var r = REGISTRATION;
        var insert = sql.insertInto(r, r.ID, r.EVENT_ID, r.PARTICIPANT_KEY, r.MODE, r.APPLICANT_SUBJECT, r.APPLICANT_NAME,
                r.EMAIL, r.PARTICIPANT_NAME, r.MENTOR_ID, r.SCHOOL_ID, r.TEAM_SIZE, r.TEAM_GRADES, r.ANSWERS, r.STATUS,
                r.CHECK_IN_CODE);
        for (Registration x : rows) {
            insert = insert.values(x.id(), x.eventId(), x.participantKey(), x.mode().name(), x.applicantSubject(),
                    x.applicantName(), x.email(), x.participantName(), x.mentorId(), x.schoolId(), x.teamSize(),
                    x.teamGrades().isEmpty() ? null : x.teamGrades().toArray(Integer[]::new), JSONB.valueOf(write(x.answers())),
                    x.status().name(), x.checkInCode());
        }
        insert.execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setStatus(Collection<UUID> ids, Status status) {
        if (!ids.isEmpty()) {
            sql.update(REGISTRATION).set(REGISTRATION.STATUS, status.name()).set(REGISTRATION.UPDATED_AT, currentOffsetDateTime())
                    .where(REGISTRATION.ID.in(ids)).execute();
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markAttended(UUID id, Instant at) {
        sql.update(REGISTRATION).set(REGISTRATION.ATTENDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(REGISTRATION.UPDATED_AT, currentOffsetDateTime())
                .where(REGISTRATION.ID.eq(id), REGISTRATION.ATTENDED_AT.isNull()).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markReminded(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            sql.update(REGISTRATION).set(REGISTRATION.REMINDED_AT, at.atOffset(ZoneOffset.UTC))
                    .where(REGISTRATION.ID.in(ids)).execute();
        }
    }

    private String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
