-- The seats each school's pair (or group) holds with a mentor, counted from the school's pair events:
-- taken when a pair asks for them, given back when the pair ends. One row per pair makes a redelivered
-- or repeated event harmless. A school's own rows (ADR 0002); the methodist's scope sees them all.
create table pair_seat (
    pair_id    uuid primary key,
    school_id  text        not null,
    mentor_id  uuid        not null references mentor (id),
    seats      int         not null check (seats > 0),
    status     text        not null check (status in ('HELD', 'REFUSED', 'RELEASED')),
    reason     text,
    decided_at timestamptz not null default now()
);

create index pair_seat_mentor on pair_seat (mentor_id, status);

alter table pair_seat enable row level security;
alter table pair_seat force row level security;
create policy pair_seat_visible on pair_seat
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'));
