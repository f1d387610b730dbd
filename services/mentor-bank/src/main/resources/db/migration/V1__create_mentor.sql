-- The municipal mentor bank. Contacts (email, phone) stay here; only the professional
-- profile travels to the schools.
create table mentor (
    id                 uuid primary key,
    revision           bigint      not null default 1,
    full_name          text        not null,
    kind               text        not null,
    home_school_id     text,
    organisation       text,
    position           text,
    email              text,
    phone              text,
    subjects           jsonb       not null default '[]',
    strengths          jsonb       not null default '[]',
    capacity           int         not null check (capacity between 0 and 50),
    active_assignments int         not null default 0 check (active_assignments >= 0),
    visibility         text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint capacity_holds check (active_assignments <= capacity)
);

create index mentor_home_school on mentor (home_school_id);
create index mentor_strengths on mentor using gin (strengths jsonb_path_ops);
