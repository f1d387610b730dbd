-- The practice library. A practice belongs to the school that submitted it until it is published;
-- from then on every school may read it.
create table practice (
    id               uuid primary key,
    school_id        text        not null,
    title            text        not null,
    summary          text        not null,
    form             text,
    competencies     jsonb       not null default '[]',
    year             int         not null check (year between 2000 and 2100),
    status           text        not null check (status in ('SUBMITTED', 'PUBLISHED', 'REJECTED')),
    rejection_reason text,
    submitted_by     text        not null,
    reviewed_by      text,
    reviewed_at      timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint rejection_has_reason check (status <> 'REJECTED' or rejection_reason is not null)
);

create index practice_status on practice (status);
create index practice_school on practice (school_id);
