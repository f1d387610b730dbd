-- Who signed in to the portal and when: the personal-data access log a school may be asked for.
-- Append-only; nothing here is shown to other users.
create table login_journal (
    id           bigint generated always as identity primary key,
    subject      text        not null,
    username     text        not null,
    school_id    text,
    roles        text        not null,
    logged_in_at timestamptz not null default now()
);

create index login_journal_subject on login_journal (subject, logged_in_at desc);
