-- The events service as issue #10 shapes it. The tables of V1/V2 held nothing but test rows (no demo
-- data ever created events), so they are rebuilt rather than altered column by column.
drop table if exists registration;
drop table if exists event;

-- A yearly recurring event («первая среда марта», «последняя неделя марта»): the rule that gives
-- each year's dates; every year's instance is an ordinary event row pointing back here.
create table event_series (
    id          uuid primary key,
    title       text        not null,
    rule        text        not null check (rule in ('FIXED_DATE', 'NTH_WEEKDAY', 'LAST_WEEK')),
    month       int         not null check (month between 1 and 12),
    day         int check (day between 1 and 31),
    weekday     text,
    ordinal     int check (ordinal between -1 and 5 and ordinal <> 0),
    template    jsonb       not null,
    first_year  int         not null,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

-- Participants of the years before the platform, as the organiser enters them from the old sheets,
-- so a series shows its dynamics from the start.
create table series_history (
    series_id    uuid not null references event_series (id),
    year         int  not null check (year between 2000 and 2100),
    participants int  not null check (participants >= 0),
    schools      int check (schools >= 0),
    primary key (series_id, year)
);

-- organiser_school_id: the school of a SCHOOL event, the lead school of a NETWORK_PROJECT event, null for
-- the municipality. member_school_ids: who sees a network project's event, as the organiser named them
-- (ADR 0011). taken: places held by REGISTERED applications; it changes only while the event row is
-- locked, and the check constraint is the backstop.
create table event (
    id                     uuid primary key,
    series_id              uuid references event_series (id),
    title                  text        not null,
    description            text,
    kind                   text        not null,
    organiser              text        not null check (organiser in ('MUNICIPALITY', 'SCHOOL', 'NETWORK_PROJECT')),
    organiser_school_id    text,
    network_project_id     uuid,
    network_project_name   text,
    member_school_ids      text[]      not null default '{}',
    format                 text        not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    venue                  text,
    online_url             text,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    capacity               int         not null check (capacity between 1 and 100000),
    taken                  int         not null default 0 check (taken >= 0),
    registration_opens_at  timestamptz not null,
    registration_closes_at timestamptz not null,
    requires_approval      boolean     not null default false,
    school_cap             int check (school_cap >= 1),
    audience               text[]      not null default '{}',
    participation          text        not null default 'INDIVIDUAL' check (participation in ('INDIVIDUAL', 'TEAM')),
    team_min               int,
    team_max               int,
    grade_min              int,
    grade_max              int,
    experience_min         int,
    experience_max         int,
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint ends_after_start check (ends_at > starts_at),
    constraint window_before_start check (registration_opens_at < registration_closes_at
                                          and registration_closes_at <= starts_at),
    constraint capacity_holds check (taken <= capacity),
    constraint organiser_named check ((organiser = 'MUNICIPALITY') = (organiser_school_id is null)),
    constraint project_named check ((organiser = 'NETWORK_PROJECT') = (network_project_id is not null))
);

create index event_starts_at on event (starts_at);
create index event_series_year on event (series_id, starts_at);

-- The organiser's own questions on the application form.
create table application_field (
    event_id  uuid    not null references event (id) on delete cascade,
    code      text    not null,
    label     text    not null,
    type      text    not null check (type in ('TEXT', 'NUMBER', 'CHOICE', 'YES_NO')),
    required  boolean not null default false,
    options   text[]  not null default '{}',
    position  int     not null,
    primary key (event_id, code)
);

-- Places per school: the organiser's cap for one school (null: the event's school_cap) and the places
-- that school's applications hold now. Not a school's own data: the organiser's allocation (ADR 0002).
create table school_places (
    event_id  uuid not null references event (id) on delete cascade,
    school_id text not null,
    cap       int check (cap >= 0),
    taken     int  not null default 0 check (taken >= 0),
    primary key (event_id, school_id)
);

-- One application: a person for themself, a curator for a member of staff, or a team. seq is the
-- arrival order the waiting list keeps. participant_key says who takes the place (user:<subject>,
-- mentor:<id>, team:<school>:<name>) so nobody holds two live places on one event.
create table registration (
    id                uuid primary key,
    seq               bigint generated always as identity,
    event_id          uuid        not null references event (id),
    participant_key   text        not null,
    mode              text        not null check (mode in ('SELF', 'STAFF', 'TEAM')),
    applicant_subject text        not null,
    applicant_name    text        not null,
    email             text        not null default '',
    participant_name  text        not null,
    mentor_id         uuid,
    school_id         text,
    team_size         int,
    team_grades       int[],
    answers           jsonb       not null default '{}',
    status            text        not null check (status in ('PENDING', 'REGISTERED', 'WAITLISTED', 'CANCELLED', 'REJECTED')),
    check_in_code     text        not null unique,
    attended_at       timestamptz,
    reminded_at       timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create unique index registration_one_live_place on registration (event_id, participant_key)
    where status in ('PENDING', 'REGISTERED', 'WAITLISTED');
create index registration_waiting on registration (event_id, seq) where status = 'WAITLISTED';
create index registration_of_event on registration (event_id, status);
create index registration_of_applicant on registration (applicant_subject);

-- A registration is its school's data: the school's own staff and teams. It is seen by that school,
-- by the organiser's school, by municipal staff, and by the person who applied (by e-mail).
alter table registration enable row level security;
alter table registration force row level security;
create policy registration_visible on registration
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system')
           or (email <> '' and email = current_setting('app.email', true))
           or exists (select 1 from event e where e.id = event_id
                      and (e.organiser_school_id = current_setting('app.school_id', true))))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system')
           or (email <> '' and email = current_setting('app.email', true))
           or exists (select 1 from event e where e.id = event_id
                      and (e.organiser_school_id = current_setting('app.school_id', true))));

-- Messages shown in the portal (the same ones go by e-mail): confirmation, promotion, reminder.
create table notice (
    id                uuid primary key,
    recipient_subject text        not null,
    event_id          uuid        references event (id),
    kind              text        not null,
    text              text        not null,
    created_at        timestamptz not null default now(),
    read_at           timestamptz
);
create index notice_of_recipient on notice (recipient_subject, created_at desc);

-- The shared mentor base as this service needs it to check who may apply (ADR 0010): fed by the
-- compacted topic mentorbank.mentor.v1, keyed by mentor id, guarded by revision.
create table mentor_card (
    id                uuid primary key,
    revision          bigint  not null,
    account_key       text,
    full_name         text    not null,
    kind              text    not null,
    home_school_id    text,
    experience_years  int,
    active            boolean not null,
    updated_at        timestamptz not null default now()
);
create index mentor_card_account on mentor_card (account_key);

-- Competitions (конкурсы): an event of kind COMPETITION with stages, criteria, nominations, a jury.
create table competition (
    event_id     uuid primary key references event (id),
    nominations  text[]      not null,
    stage        text        not null default 'ACCEPTANCE'
                 check (stage in ('ACCEPTANCE', 'TECHNICAL_CHECK', 'CORRESPONDENCE', 'IN_PERSON', 'RESULTS')),
    results_published_at timestamptz
);

create table competition_stage (
    event_id  uuid not null references competition (event_id),
    stage     text not null,
    position  int  not null,
    deadline  date not null,
    opened_at timestamptz,
    closed_at timestamptz,
    primary key (event_id, stage)
);

create table competition_criterion (
    id        uuid primary key,
    event_id  uuid not null references competition (event_id),
    stage     text not null check (stage in ('CORRESPONDENCE', 'IN_PERSON')),
    title     text not null,
    max_score int  not null check (max_score between 1 and 100),
    position  int  not null
);

-- The jury roster: experts who joined the competition, with their own school so that none is ever
-- given an entry of that school. Not a school's data (ADR 0002).
create table competition_expert (
    event_id          uuid not null references competition (event_id),
    expert_subject    text not null,
    expert_name       text not null,
    expert_school_id  text,
    joined_at         timestamptz not null default now(),
    primary key (event_id, expert_subject)
);

-- An entry is its school's data: seen by the school, municipal staff and the jury (municipal scope).
create table competition_entry (
    id                uuid primary key,
    event_id          uuid        not null references competition (event_id),
    school_id         text        not null,
    submitted_by      text        not null,
    author_name       text        not null,
    email             text        not null default '',
    title             text        not null,
    nomination        text        not null,
    summary           text        not null,
    materials_url     text,
    status            text        not null default 'SUBMITTED'
                      check (status in ('SUBMITTED', 'ADMITTED', 'NOT_ADMITTED', 'ADVANCED', 'ELIMINATED')),
    check_note        text,
    award             text,
    place             int,
    proposed_at       timestamptz,
    created_at        timestamptz not null default now()
);
create index competition_entry_of_event on competition_entry (event_id, status);
alter table competition_entry enable row level security;
alter table competition_entry force row level security;
create policy competition_entry_visible on competition_entry
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'));

-- Which expert reviews which entry. school_id is the entry's school (its data); the database refuses an
-- expert of that same school, whatever the service forgets.
create table entry_assignment (
    entry_id          uuid not null references competition_entry (id),
    expert_subject    text not null,
    school_id         text not null,
    expert_school_id  text,
    assigned_at       timestamptz not null default now(),
    primary key (entry_id, expert_subject),
    constraint never_own_school check (expert_school_id is null or expert_school_id <> school_id)
);
alter table entry_assignment enable row level security;
alter table entry_assignment force row level security;
create policy entry_assignment_visible on entry_assignment
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'));

-- One expert's points for one criterion of one entry; the sheet is replaced as a whole while the stage runs.
create table entry_score (
    entry_id       uuid not null references competition_entry (id),
    expert_subject text not null,
    criterion_id   uuid not null references competition_criterion (id),
    school_id      text not null,
    points         int  not null check (points >= 0),
    comment        text,
    scored_at      timestamptz not null default now(),
    primary key (entry_id, expert_subject, criterion_id)
);
alter table entry_score enable row level security;
alter table entry_score force row level security;
create policy entry_score_visible on entry_score
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'));
