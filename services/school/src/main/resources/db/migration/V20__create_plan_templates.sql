-- The plan templates the methodist keeps, one per form of mentoring (DOMAIN §8.6): sections as the
-- target model names them, each with its usual tasks, expected results, reporting forms and a deadline
-- counted from the pair's start. Municipal data: every school's pair of a form starts from the same
-- template (ADR 0019), so these tables carry no school and no row-level security. Seeded from the
-- service's resources for a form that has none yet.
create table plan_template (
    form       text primary key,
    updated_by text,
    updated_at timestamptz not null default now()
);

create table plan_template_section (
    form     text not null references plan_template (form) on delete cascade,
    code     text not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    position int  not null,
    title    text not null,
    primary key (form, code)
);

create table plan_template_task (
    form            text not null,
    section_code    text not null,
    position        int  not null,
    title           text not null,
    expected_result text,
    reporting_form  text,
    due_after_days  int  not null check (due_after_days between 0 and 730),
    primary key (form, section_code, position),
    foreign key (form, section_code) references plan_template_section (form, code) on delete cascade
);
