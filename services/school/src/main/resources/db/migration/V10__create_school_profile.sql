-- What the school's documents print in their heading: its full name, the director who signs orders,
-- the address. Kept by the curator; one row per school.
create table school_profile (
    school_id      text primary key,
    full_name      text        not null,
    short_name     text        not null,
    director_name  text,
    address        text,
    updated_at     timestamptz not null default now()
);

alter table school_profile enable row level security;
alter table school_profile force row level security;
create policy school_profile_of_current_school on school_profile
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
