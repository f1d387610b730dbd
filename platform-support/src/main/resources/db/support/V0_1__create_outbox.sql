-- Transactional outbox. Column names follow Debezium's outbox router (id, aggregatetype,
-- aggregateid, type, payload) so a CDC relay could replace ours without a schema change.
create table outbox (
    id            uuid primary key,
    seq           bigint generated always as identity,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    version       int         not null,
    topic         text        not null,
    payload       jsonb       not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz,
    attempts      int         not null default 0,
    last_error    text
);

create index outbox_pending on outbox (seq) where published_at is null;
