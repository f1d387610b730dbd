package ru.mentoring.support.inbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.event.EventEnvelope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static ru.mentoring.support.jooq.Tables.INBOX;

/** The inbox rows of one event or a whole poll of them, in one statement. */
@Singleton
class InboxRepository {

    private final DSLContext sql;

    InboxRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** @return the ids of the events this consumer had not seen before (now remembered) */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Set<UUID> rememberAll(String consumer, List<? extends EventEnvelope<?>> events) {
        var insert = sql.insertInto(INBOX, INBOX.CONSUMER, INBOX.EVENT_ID, INBOX.EVENT_TYPE);
        for (EventEnvelope<?> event : events) {
            insert = insert.values(consumer, event.eventId(), event.type());
        }
        return new HashSet<>(insert.onConflictDoNothing().returningResult(INBOX.EVENT_ID).fetch(INBOX.EVENT_ID));
    }
}
