-- A mentee's own login (issue 9: optional, role `mentee`, provisioned by the curator through
-- Keycloak). One row per mentee: the Keycloak user, the e-mail it signs in with and its account key
-- (ru.mentoring.model.mentor.AccountKey: SHA-256 of the e-mail), by which the service recognises the
-- mentee behind a token. A disabled login stays on record; the same e-mail never serves two mentees.
create table mentee_account (
    mentee_id   uuid primary key references mentee (id),
    school_id   text        not null,
    account_key text        not null,
    email       text        not null,
    username    text        not null,
    user_id     text        not null,
    created_at  timestamptz not null default now(),
    disabled_at timestamptz
);

-- across every school: unique constraints hold whatever row-level security lets a school see
create unique index mentee_account_key on mentee_account (account_key);
create index mentee_account_school on mentee_account (school_id);

alter table mentee_account enable row level security;
alter table mentee_account force row level security;
create policy mentee_account_of_current_school on mentee_account
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
