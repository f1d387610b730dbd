-- The relay takes the oldest due messages, locked (FOR UPDATE SKIP LOCKED). Under the lock PostgreSQL
-- cannot keep only the first rows of a sort, so with the old index on (next_attempt_at, seq) every call
-- sorted the whole backlog: 92 ms, spilling to disk, with 28 000 confirmations waiting after bursts of
-- applications (bench/results/registration-burst-2026-12-02.md). Read in sequence order, the first due
-- rows are simply the first entries of the index (0.5 ms); a message waiting to be retried is passed over.
create index mail_queue_due on mail_queue (seq) where sent_at is null;
drop index mail_queue_pending;

-- Like the outbox (V0_4), the queue is inserted into and updated once per message: vacuumed after a fixed
-- number of changes, however many sent messages it keeps, and analysed without reading bodies and
-- attachments (the relay's queries need no statistics of them).
alter table mail_queue set (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0
);

alter table mail_queue
    alter column body set statistics 0,
    alter column attachment set statistics 0,
    alter column last_error set statistics 0;
