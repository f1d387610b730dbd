package ru.mentoring.support.inbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.support.sql.FixedShapeStatement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static ru.mentoring.support.jooq.Tables.INBOX;

/** The inbox rows of one event or a whole poll of them, in one statement. */
@Singleton
class InboxRepository {

    private final DSLContext sql;
    /** Every consumed poll goes through it, whatever its size: one shape, rendered once (ADR 0029). */
    private final FixedShapeStatement remember;

    InboxRepository(DSLContext sql) {
        this.sql = sql;
        // set-returning functions side by side in a select list advance together: one row per event
        this.remember = FixedShapeStatement.of(sql, sql.insertInto(INBOX, INBOX.CONSUMER, INBOX.EVENT_ID, INBOX.EVENT_TYPE)
                        .select(select(param("consumer", String.class),
                                function("unnest", UUID.class, param("ids", UUID[].class)),
                                function("unnest", String.class, param("types", String[].class))))
                        .onConflictDoNothing()
                        .returningResult(INBOX.EVENT_ID),
                "consumer", "ids", "types");
    }

    /** @return the ids of the events this consumer had not seen before (now remembered) */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Set<UUID> rememberAll(String consumer, List<? extends EventEnvelope<?>> events) {
        List<UUID> ids = events.stream().map(EventEnvelope::eventId).toList();
        List<String> types = events.stream().map(EventEnvelope::type).toList();
        return new HashSet<>(remember.fetch(row -> row.getObject(1, UUID.class), consumer, ids, types));
    }
}
