-- The relay publishes as soon as a transaction commits and several instances may run it at once:
-- each aggregate hashes to one of a fixed number of buckets, and a relay publishes a bucket only
-- while it holds that bucket's advisory lock, so one aggregate's events are never sent by two
-- relays at once and never overtake each other. A row the broker keeps refusing is parked after a
-- number of attempts: it stops holding back every other aggregate, and waits for an operator.
alter table outbox
    add column school_id text,
    add column bucket    smallint not null default 0,
    add column parked_at timestamptz;

drop index outbox_pending;
create index outbox_pending on outbox (bucket, seq) where published_at is null and parked_at is null;
create index outbox_parked on outbox (aggregatetype, aggregateid, seq) where parked_at is not null and published_at is null;
create index outbox_published on outbox (published_at) where published_at is not null;
