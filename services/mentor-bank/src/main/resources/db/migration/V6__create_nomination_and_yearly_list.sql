-- A school nominates one of its mentors to the municipal bank or to a network project;
-- the methodist approves (the mentor gets a login) or rejects with a reason.
create table nomination (
    id                 uuid primary key,
    mentor_id          uuid        not null references mentor (id),
    school_id          text        not null,
    target             text        not null,
    network_project_id uuid references network_project (id),
    motivation         text,
    status             text        not null,
    reason             text,
    nominated_by       text        not null,
    decided_by         text,
    created_at         timestamptz not null default now(),
    decided_at         timestamptz,
    constraint network_target_names_project check (target <> 'NETWORK' or network_project_id is not null)
);

create unique index nomination_one_pending on nomination (mentor_id, target) where status = 'PENDING';

alter table mentor add column account_username text;

-- The yearly list of municipal mentors (муниципальные наставники), per school year "2026/2027".
create table municipal_mentor_year (
    school_year text        not null check (school_year ~ '^[0-9]{4}/[0-9]{4}$'),
    mentor_id   uuid        not null references mentor (id),
    added_at    timestamptz not null default now(),
    primary key (school_year, mentor_id)
);
