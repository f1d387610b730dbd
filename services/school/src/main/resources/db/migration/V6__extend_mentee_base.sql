-- The mentee base in the shape of the target model (DOMAIN §4.1, §4.4): who the mentee is (young
-- teacher, pupil, student, other), the request as a category from the school's managed list plus
-- free text, entry date, source and status. Restricted categories (support needs, difficult life
-- situation, behaviour, poor results) are seen by the curator alone and never leave the school.
-- mentee_key is a random key that stands for the mentee in events: meaningless outside the school.
alter table mentee
    add column mentee_key          uuid        not null default gen_random_uuid(),
    add column birth_date          date,
    add column position            text,
    add column subject             text,
    add column experience_years    int check (experience_years between 0 and 60),
    add column organisation        text,
    add column contact             text,
    add column guardian_name       text,
    add column guardian_contact    text,
    add column request_category    text,
    add column source              text        not null default 'CURATOR',
    add column status              text        not null default 'CANDIDATE',
    add column available_time      text,
    add column support_needs       boolean     not null default false,
    add column difficult_situation boolean     not null default false,
    add column behaviour           boolean     not null default false,
    add column poor_results        boolean     not null default false,
    add column archived_at         timestamptz;

create unique index mentee_key on mentee (mentee_key);
create index mentee_status on mentee (school_id, status);

-- The request categories a school works with (карта запросов): a managed list per school, started
-- from a default list the first time the school opens it.
create table request_category (
    school_id text    not null,
    code      text    not null,
    title     text    not null,
    active    boolean not null default true,
    primary key (school_id, code)
);

alter table request_category enable row level security;
alter table request_category force row level security;
create policy request_category_of_current_school on request_category
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
