package ru.mentoring.support.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record1;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

/** The outbox table, through the jOOQ classes generated from its migrations. */
@Singleton
class OutboxRepository {

    /** The advisory-lock class of the relay's bucket locks, so they never collide with other advisory locks. */
    private static final int BUCKET_LOCK_CLASS = 0x0B0C;
    private static final ru.mentoring.support.jooq.tables.Outbox PARKED = OUTBOX.as("parked");

    private final DSLContext sql;
    private final java.time.Clock clock;

    OutboxRepository(DSLContext sql, java.time.Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(UUID id, String aggregateType, String aggregateId, String type, int version, String topic,
                @Nullable String schoolId, short bucket, String payload) {
        sql.insertInto(OUTBOX)
                .set(OUTBOX.ID, id)
                .set(OUTBOX.AGGREGATETYPE, aggregateType)
                .set(OUTBOX.AGGREGATEID, aggregateId)
                .set(OUTBOX.TYPE, type)
                .set(OUTBOX.VERSION, version)
                .set(OUTBOX.TOPIC, topic)
                .set(OUTBOX.SCHOOL_ID, schoolId)
                .set(OUTBOX.BUCKET, bucket)
                .set(OUTBOX.PAYLOAD, JSONB.valueOf(payload))
                .execute();
    }

    /** Many rows in one multi-row insert. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Row> rows) {
        var insert = sql.insertInto(OUTBOX, OUTBOX.ID, OUTBOX.AGGREGATETYPE, OUTBOX.AGGREGATEID, OUTBOX.TYPE, OUTBOX.VERSION,
                OUTBOX.TOPIC, OUTBOX.SCHOOL_ID, OUTBOX.BUCKET, OUTBOX.PAYLOAD);
        for (Row r : rows) {
            insert = insert.values(r.id(), r.aggregateType(), r.aggregateId(), r.type(), r.version(), r.topic(), r.schoolId(),
                    r.bucket(), JSONB.valueOf(r.payload()));
        }
        insert.execute();
    }

    record Row(UUID id, String aggregateType, String aggregateId, String type, int version, String topic,
               @Nullable String schoolId, short bucket, String payload) {
    }

    /**
     * The buckets no other relay holds right now; held until this transaction ends. A statement of its own,
     * before {@link #pending}: in READ COMMITTED a statement sees the rows committed when it began, so
     * rows read in the same statement that takes the locks could predate the commit of the relay that
     * held them a moment ago, and be sent again (OutboxOrderIT caught exactly that).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Short> lockFreeBuckets() {
        var series = generateSeries(0, OutboxBuckets.COUNT - 1).as("b", "n");
        Field<Integer> n = series.field("n", Integer.class);
        return sql.select(n).from(series)
                .where(function("pg_try_advisory_xact_lock", Boolean.class, inline(BUCKET_LOCK_CLASS), n).isTrue())
                .fetch(Record1::value1).stream().map(Integer::shortValue).toList();
    }

    /**
     * Oldest first, within the buckets this relay holds; parked rows wait for an operator, and so do
     * the later rows of their aggregate, so its order holds.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<OutboxMessage> pending(Collection<Short> buckets, int limit) {
        return sql.select(OUTBOX.ID, OUTBOX.SEQ, OUTBOX.AGGREGATETYPE, OUTBOX.AGGREGATEID, OUTBOX.TYPE, OUTBOX.VERSION,
                        OUTBOX.TOPIC, OUTBOX.SCHOOL_ID, OUTBOX.PAYLOAD, OUTBOX.ATTEMPTS)
                .from(OUTBOX)
                .where(OUTBOX.PUBLISHED_AT.isNull(), OUTBOX.PARKED_AT.isNull(), OUTBOX.BUCKET.in(buckets),
                        notExists(selectOne().from(PARKED).where(PARKED.AGGREGATETYPE.eq(OUTBOX.AGGREGATETYPE),
                                PARKED.AGGREGATEID.eq(OUTBOX.AGGREGATEID), PARKED.PARKED_AT.isNotNull(),
                                PARKED.PUBLISHED_AT.isNull())))
                .orderBy(OUTBOX.SEQ)
                .limit(limit)
                .fetch(r -> new OutboxMessage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9().data(), r.value10()));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markPublished(Collection<UUID> ids) {
        sql.update(OUTBOX)
                .set(OUTBOX.PUBLISHED_AT, currentOffsetDateTime())
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .where(OUTBOX.ID.in(ids))
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markFailed(UUID id, String error, boolean park) {
        sql.update(OUTBOX)
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .set(OUTBOX.LAST_ERROR, error)
                .set(OUTBOX.PARKED_AT, park ? currentOffsetDateTime() : null)
                .where(OUTBOX.ID.eq(id))
                .execute();
    }

    @Transactional(readOnly = true)
    long countPending() {
        return sql.fetchCount(OUTBOX, OUTBOX.PUBLISHED_AT.isNull().and(OUTBOX.PARKED_AT.isNull()));
    }

    @Transactional(readOnly = true)
    long countParked() {
        return sql.fetchCount(OUTBOX, OUTBOX.PUBLISHED_AT.isNull().and(OUTBOX.PARKED_AT.isNotNull()));
    }

    @Transactional(readOnly = true)
    List<ParkedEvent> parked() {
        return sql.select(OUTBOX.ID, OUTBOX.AGGREGATETYPE, OUTBOX.AGGREGATEID, OUTBOX.TYPE, OUTBOX.ATTEMPTS,
                        OUTBOX.LAST_ERROR, OUTBOX.PARKED_AT)
                .from(OUTBOX)
                .where(OUTBOX.PUBLISHED_AT.isNull(), OUTBOX.PARKED_AT.isNotNull())
                .orderBy(OUTBOX.SEQ)
                .fetch(r -> new ParkedEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Gives every parked row a fresh set of attempts; @return how many */
    @Transactional
    int unpark() {
        return sql.update(OUTBOX)
                .set(OUTBOX.PARKED_AT, (OffsetDateTime) null)
                .set(OUTBOX.ATTEMPTS, 0)
                .where(OUTBOX.PUBLISHED_AT.isNull(), OUTBOX.PARKED_AT.isNotNull())
                .execute();
    }

    /** Published rows are kept a while for diagnosis, then removed so the table stays small. */
    @Transactional
    int purgePublishedBefore(Duration age) {
        return sql.deleteFrom(OUTBOX)
                .where(OUTBOX.PUBLISHED_AT.lt(OffsetDateTime.now(clock).minus(age)))
                .execute();
    }

    @io.micronaut.serde.annotation.Serdeable
    record ParkedEvent(UUID id, String aggregateType, String aggregateId, String type, int attempts,
                       @Nullable String lastError, OffsetDateTime parkedAt) {
    }
}
