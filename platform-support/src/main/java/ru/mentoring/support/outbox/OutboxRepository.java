package ru.mentoring.support.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import ru.mentoring.support.sql.FixedShapeStatement;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.param;
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
    // the statements of every change and every relay pass, rendered once (ADR 0029)
    private final FixedShapeStatement insert;
    private final FixedShapeStatement lockFreeBuckets;
    private final FixedShapeStatement pending;
    private final FixedShapeStatement markPublished;

    OutboxRepository(DSLContext sql, java.time.Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.insert = FixedShapeStatement.of(sql, sql.insertInto(OUTBOX)
                        .set(OUTBOX.ID, param("id", UUID.class))
                        .set(OUTBOX.AGGREGATETYPE, param("aggregateType", String.class))
                        .set(OUTBOX.AGGREGATEID, param("aggregateId", String.class))
                        .set(OUTBOX.TYPE, param("type", String.class))
                        .set(OUTBOX.VERSION, param("version", Integer.class))
                        .set(OUTBOX.TOPIC, param("topic", String.class))
                        .set(OUTBOX.SCHOOL_ID, param("schoolId", String.class))
                        .set(OUTBOX.BUCKET, param("bucket", Short.class))
                        .set(OUTBOX.PAYLOAD, param("payload", JSONB.class)),
                "id", "aggregateType", "aggregateId", "type", "version", "topic", "schoolId", "bucket", "payload");
        var series = generateSeries(inline(0), inline(OutboxBuckets.COUNT - 1)).as("b", "n");
        Field<Integer> n = series.field("n", Integer.class);
        this.lockFreeBuckets = FixedShapeStatement.of(sql, sql.select(n).from(series)
                .where(function("pg_try_advisory_xact_lock", Boolean.class, inline(BUCKET_LOCK_CLASS), n).isTrue()));
        this.pending = FixedShapeStatement.of(sql, sql.select(OUTBOX.ID, OUTBOX.SEQ, OUTBOX.AGGREGATETYPE, OUTBOX.AGGREGATEID,
                                OUTBOX.TYPE, OUTBOX.VERSION, OUTBOX.TOPIC, OUTBOX.SCHOOL_ID, OUTBOX.PAYLOAD, OUTBOX.ATTEMPTS)
                        .from(OUTBOX)
                        .where(OUTBOX.PUBLISHED_AT.isNull(), OUTBOX.PARKED_AT.isNull(),
                                OUTBOX.BUCKET.eq(any(param("buckets", Short[].class))),
                                notExists(selectOne().from(PARKED).where(PARKED.AGGREGATETYPE.eq(OUTBOX.AGGREGATETYPE),
                                        PARKED.AGGREGATEID.eq(OUTBOX.AGGREGATEID), PARKED.PARKED_AT.isNotNull(),
                                        PARKED.PUBLISHED_AT.isNull())))
                        .orderBy(OUTBOX.SEQ)
                        .limit(param("limit", Integer.class)),
                "buckets", "limit");
        this.markPublished = FixedShapeStatement.of(sql, sql.update(OUTBOX)
                        .set(OUTBOX.PUBLISHED_AT, currentOffsetDateTime())
                        .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(inline(1)))
                        .where(OUTBOX.ID.eq(any(param("ids", UUID[].class)))),
                "ids");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(UUID id, String aggregateType, String aggregateId, String type, int version, String topic,
                @Nullable String schoolId, short bucket, String payload) {
        insert.execute(id, aggregateType, aggregateId, type, version, topic, schoolId, bucket, JSONB.valueOf(payload));
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
        return lockFreeBuckets.fetch(row -> row.getShort(1));
    }

    /**
     * Oldest first, within the buckets this relay holds; parked rows wait for an operator, and so do
     * the later rows of their aggregate, so its order holds.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<OutboxMessage> pending(Collection<Short> buckets, int limit) {
        return pending.fetch(row -> new OutboxMessage(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
                row.getString(4), row.getString(5), row.getInt(6), row.getString(7), row.getString(8), row.getString(9),
                row.getInt(10)), buckets, limit);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markPublished(Collection<UUID> ids) {
        markPublished.execute(ids);
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
