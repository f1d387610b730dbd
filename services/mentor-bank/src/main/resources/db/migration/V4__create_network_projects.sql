-- Network projects: schools joined by agreements share a pool of mentors.
create table network_project (
    id             uuid primary key,
    name           text        not null,
    lead_school_id text        not null references school (id),
    goals          text,
    starts_on      date        not null,
    ends_on        date        not null check (ends_on >= starts_on),
    created_at     timestamptz not null default now()
);

create table network_agreement (
    id          uuid primary key,
    project_id  uuid not null references network_project (id),
    school_id   text not null references school (id),
    number      text not null,
    signed_on   date not null,
    valid_from  date not null,
    valid_to    date not null check (valid_to >= valid_from),
    unique (project_id, number)
);

create index network_agreement_school on network_agreement (project_id, school_id);

create table network_pool (
    project_id uuid not null references network_project (id),
    mentor_id  uuid not null references mentor (id),
    added_at   timestamptz not null default now(),
    primary key (project_id, mentor_id)
);
