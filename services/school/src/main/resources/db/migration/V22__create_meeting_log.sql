-- A pair's meeting log (журнал встреч, DOMAIN §5 stage 6 and §8.7): date, kind (acquaintance, trial,
-- planning, regular, final), format, topic, result, duration; who logged it and whether the other side
-- confirmed it. Intermediate results are files attached to a meeting, kept in the school's database.
create table meeting (
    id               uuid primary key,
    school_id        text        not null,
    pair_id          uuid        not null references pair (id) on delete cascade,
    held_on          date        not null,
    kind             text        not null check (kind in ('ACQUAINTANCE', 'TRIAL', 'PLANNING', 'REGULAR', 'FINAL')),
    format           text        not null check (format in ('IN_PERSON', 'ONLINE')),
    topic            text        not null,
    result           text,
    duration_minutes int check (duration_minutes between 1 and 600),
    logged_by        text        not null check (logged_by in ('MENTOR', 'MENTEE', 'CURATOR')),
    confirmed_on     date,
    confirmed_by     text check (confirmed_by in ('MENTOR', 'MENTEE', 'CURATOR')),
    created_at       timestamptz not null default now()
);

create index meeting_pair on meeting (pair_id, held_on);
-- one final meeting per pair, whatever two requests race
create unique index meeting_one_final on meeting (pair_id) where kind = 'FINAL';

create table meeting_file (
    id           uuid primary key,
    school_id    text        not null,
    pair_id      uuid        not null references pair (id) on delete cascade,
    meeting_id   uuid        not null references meeting (id) on delete cascade,
    name         text        not null,
    content_type text        not null,
    size         int         not null check (size > 0),
    content      bytea       not null,
    uploaded_by  text        not null,
    created_at   timestamptz not null default now()
);

create index meeting_file_meeting on meeting_file (meeting_id);

alter table meeting enable row level security;
alter table meeting force row level security;
create policy meeting_of_current_school on meeting
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table meeting_file enable row level security;
alter table meeting_file force row level security;
create policy meeting_file_of_current_school on meeting_file
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
