-- A pair's (or group's) development plan (индивидуальный план / персонализированная программа, DOMAIN
-- §8.6): the difficulties found, the goals, and tasks by section with a deadline, an expected result, a
-- reporting form and the done mark. The sections are copied from the form's template when the plan is
-- first saved, so a later change of the template does not reshape a running plan. A task may link a
-- practice of the library (its id only). One school's own data: row-level security (ADR 0002).
create table plan (
    pair_id        uuid primary key references pair (id) on delete cascade,
    school_id      text        not null,
    difficulties   text,
    goals          text,
    section_codes  text[]      not null,
    section_titles text[]      not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint sections_alike check (cardinality(section_codes) = cardinality(section_titles))
);

create table plan_task (
    id              uuid primary key,
    school_id       text        not null,
    pair_id         uuid        not null references plan (pair_id) on delete cascade,
    section         text        not null,
    position        int         not null,
    title           text        not null,
    due_on          date        not null,
    expected_result text,
    reporting_form  text,
    done_on         date,
    practice_id     uuid,
    created_at      timestamptz not null default now()
);

create index plan_task_pair on plan_task (pair_id, position);
-- the daily look for tasks that became overdue reads only the open ones
create index plan_task_open on plan_task (school_id, due_on) where done_on is null;

alter table plan enable row level security;
alter table plan force row level security;
create policy plan_of_current_school on plan
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table plan_task enable row level security;
alter table plan_task force row level security;
create policy plan_task_of_current_school on plan_task
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

-- Published practices of the library, as the practices service announces them (practices.practice.v1):
-- what a plan task may link, and the title it shows. Public to every school by the library's own
-- decision to publish, hence no school column.
create table library_practice (
    id           uuid primary key,
    title        text        not null,
    form         text,
    year         int,
    published_at timestamptz not null
);
