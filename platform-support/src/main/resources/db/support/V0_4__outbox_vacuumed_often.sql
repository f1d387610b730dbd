-- The outbox is a queue: every row is inserted, then updated once when the broker has it. Each update
-- leaves a dead row version and a dead entry in outbox_pending until VACUUM removes them, and the relay's
-- query walks over those entries on every pass. With the default thresholds (20 % of the table) a busy
-- outbox collected tens of thousands of them between two vacuums, and the relay's query grew from a few
-- dozen to over four hundred pages per pass (bench/results/propagation-2026-12-02.md). It is vacuumed after
-- a fixed number of changes instead, however many published rows the table keeps; a vacuum of it takes
-- about a millisecond.
alter table outbox set (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0
);

-- ANALYZE read every payload of the sample (25 MB after a minute at 200 events a second) and took a
-- quarter of a second of CPU each time, a stall the whole machine felt. The planner needs no statistics
-- of the payload, and small samples of the other columns serve the relay's queries equally well.
alter table outbox
    alter column payload set statistics 0,
    alter column last_error set statistics 0,
    alter column id set statistics 10,
    alter column seq set statistics 10,
    alter column aggregatetype set statistics 10,
    alter column aggregateid set statistics 10,
    alter column type set statistics 10,
    alter column version set statistics 10,
    alter column topic set statistics 10,
    alter column created_at set statistics 10,
    alter column published_at set statistics 10,
    alter column attempts set statistics 10,
    alter column school_id set statistics 10,
    alter column bucket set statistics 10,
    alter column parked_at set statistics 10;
