-- Mentoring pairs and groups (наставническая пара / группа): one mentor, one or more mentees of the
-- school. The mentor may be of this school, another school or the municipal bank; the mentor bank
-- holds the mentor's seats, and the pair waits as AWAITING_CONFIRMATION until it answers.
-- A mentor sees the pairs they lead in every school (their own pages): the policy matches the pair's
-- mentor_account_key with the SHA-256 of the e-mail the mentor signed in with.
create table pair (
    id                 uuid primary key,
    school_id          text        not null,
    mentor_id          uuid        not null,
    mentor_name        text        not null,
    mentor_school_id   text,
    mentor_account_key text,
    form               text        not null,
    variant            text,
    formation          text        not null check (formation in ('MATCHING', 'CHOICE', 'ASSIGNMENT')),
    status             text        not null,
    starts_on          date        not null,
    ends_on            date        not null,
    refusal_reason     text,
    ended_on           date,
    created_by         text        not null,
    -- teacher pairs: the written consent under ТК ст. 351.8 and the additional agreement (checklist)
    labour_consent_ref text,
    labour_consent_on  date,
    agreement_number   text,
    agreement_on       date,
    agreement_content  text,
    agreement_term     text,
    agreement_form     text,
    pay_supplement     text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint ends_after_start check (ends_on >= starts_on)
);

create index pair_school on pair (school_id, status);
create index pair_mentor on pair (mentor_account_key);

create table pair_member (
    pair_id   uuid    not null references pair (id) on delete cascade,
    mentee_id uuid    not null references mentee (id),
    school_id text    not null,
    form      text    not null,
    active    boolean not null default true,
    primary key (pair_id, mentee_id)
);

-- a mentee is in at most one running pair of a form
create unique index pair_member_one_running_per_form on pair_member (mentee_id, form) where active;

alter table pair enable row level security;
alter table pair force row level security;
create policy pair_visible on pair
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) = 'system'
           or (current_setting('app.email', true) <> '' and mentor_account_key
               = encode(sha256(convert_to(current_setting('app.email', true), 'UTF8')), 'hex')))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) = 'system'
           or (current_setting('app.email', true) <> '' and mentor_account_key
               = encode(sha256(convert_to(current_setting('app.email', true), 'UTF8')), 'hex')));

alter table pair_member enable row level security;
alter table pair_member force row level security;
create policy pair_member_of_current_school on pair_member
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
