-- A school's mentoring programme for one school year (программа наставничества) with its roadmap
-- (дорожная карта): the target model's seven stages, each with activities, deadlines, owners and
-- expected results, prefilled and then edited by the curator. One school's own data: row-level
-- security as for every school table (ADR 0002).
create table programme (
    id                  uuid primary key,
    school_id           text        not null,
    school_year         text        not null check (school_year ~ '^[0-9]{4}/[0-9]{4}$'),
    title               text        not null,
    forms               text[]      not null default '{}',
    curators            text[]      not null default '{}',
    goals               text,
    silent_after_weeks  int         not null default 3 check (silent_after_weeks between 1 and 26),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (school_id, school_year)
);

create table roadmap_item (
    id              uuid primary key,
    school_id       text        not null,
    programme_id    uuid        not null references programme (id) on delete cascade,
    stage           smallint    not null check (stage between 1 and 7),
    position        int         not null,
    activity        text        not null,
    deadline        date        not null,
    owner           text,
    expected_result text,
    done_on         date,
    created_at      timestamptz not null default now()
);

create index roadmap_item_programme on roadmap_item (programme_id, stage, position);

alter table programme enable row level security;
alter table programme force row level security;
create policy programme_of_current_school on programme
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table roadmap_item enable row level security;
alter table roadmap_item force row level security;
create policy roadmap_item_of_current_school on roadmap_item
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
