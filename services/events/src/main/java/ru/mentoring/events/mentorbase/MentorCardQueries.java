package ru.mentoring.events.mentorbase;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.mentoring.model.mentor.MentorKind;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static ru.mentoring.events.jooq.Tables.MENTOR_CARD;

@Singleton
class MentorCardQueries {

    private final DSLContext sql;

    MentorCardQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    Optional<MentorCard> byId(UUID id) {
        return sql.selectFrom(MENTOR_CARD).where(MENTOR_CARD.ID.eq(id)).fetchOptional(this::toCard);
    }

    /**
     * The cards of these logins (by account key), for a whole batch of applications at once. Should one
     * e-mail ever stand on two profiles, the most recently changed one speaks for the login, always the same.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    Map<String, MentorCard> byAccountKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return sql.selectFrom(MENTOR_CARD).where(MENTOR_CARD.ACCOUNT_KEY.in(keys), MENTOR_CARD.ACTIVE.isTrue())
                .orderBy(MENTOR_CARD.UPDATED_AT.desc(), MENTOR_CARD.ID)
                .fetch().stream().collect(Collectors.toMap(r -> r.getAccountKey(), this::toCard, (first, later) -> first,
                        java.util.LinkedHashMap::new));
    }

    /** Active mentors whose home is this school: the staff a curator may register. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<MentorCard> ofSchool(String schoolId) {
        return sql.selectFrom(MENTOR_CARD).where(MENTOR_CARD.HOME_SCHOOL_ID.eq(schoolId), MENTOR_CARD.ACTIVE.isTrue())
                .orderBy(MENTOR_CARD.FULL_NAME).fetch(this::toCard);
    }

    private MentorCard toCard(Record r) {
        var m = MENTOR_CARD;
        return new MentorCard(r.get(m.ID), r.get(m.FULL_NAME), MentorKind.valueOf(r.get(m.KIND)), r.get(m.HOME_SCHOOL_ID),
                r.get(m.EXPERIENCE_YEARS), r.get(m.ACTIVE));
    }

}
