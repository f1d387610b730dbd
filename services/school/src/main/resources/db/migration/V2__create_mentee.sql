-- The school's mentee base. Pupils' personal data never leaves the school: every row carries its
-- school, repository queries filter by it, and row-level security is the backstop for any query
-- that forgets (the service runs as school_app, which is not the owner, and FORCE applies anyway).
create table mentee (
    id          uuid primary key,
    school_id   text        not null,
    full_name   text        not null,
    kind        text        not null,
    grade       text,
    request     text,
    entered_at  date,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create index mentee_school on mentee (school_id, full_name);

alter table mentee enable row level security;
alter table mentee force row level security;

create policy mentee_of_current_school on mentee
    using (school_id = current_setting('app.school_id', true))
    with check (school_id = current_setting('app.school_id', true));
