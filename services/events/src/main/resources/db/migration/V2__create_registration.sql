-- One person's place on one event's list. Cancelled rows stay as history; seq orders the waiting list.
create table registration (
    id           uuid primary key,
    seq          bigint generated always as identity,
    event_id     uuid        not null references event (id),
    user_subject text        not null,
    username     text        not null,
    school_id    text,
    status       text        not null check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

-- A person holds at most one live place per event; after cancelling they may register again.
create unique index registration_one_live_per_person on registration (event_id, user_subject)
    where status <> 'CANCELLED';
create index registration_waitlist on registration (event_id, seq) where status = 'WAITLISTED';
