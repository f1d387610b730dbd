-- Idempotent inbox: one row per (consumer, event) written in the same transaction as the effect.
create table inbox (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
