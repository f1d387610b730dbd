-- The library grows from one row per practice to a practice with versions: a published practice
-- changes only through a new reviewed version, and readers see which version they read. The content
-- moves to practice_version; practice keeps what holds across versions (its school, where it came
-- from, which version is public, "recommended for competition"). Existing practices become version 1.
-- The PostgreSQL full-text column goes: search is served by the Lucene index (ADR 0011).

create function pg_temp.text_array(value jsonb) returns text[] language sql immutable
    as $$ select coalesce(array(select jsonb_array_elements_text(value)), '{}') $$;

create table practice_version (
    id              uuid primary key,
    practice_id     uuid        not null references practice (id),
    school_id       text        not null,
    number          int         not null check (number >= 1),
    status          text        not null check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'REJECTED',
                                                            'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    title           text        not null,
    problem         text,
    description     text,
    methods         text,
    results         text,
    form            text,
    form_variant    text,
    target_group    text,
    competencies    text[]      not null default '{}',
    year            int         check (year between 2000 and 2100),
    level           text        check (level in ('SCHOOL', 'MUNICIPAL', 'REGIONAL')),
    -- authors are adult mentors: [{fullName, email, position, mentorId}]; their e-mails (lower case)
    -- again as an array, because "is the caller an author" is asked of every draft
    authors         jsonb       not null default '[]',
    author_emails   text[]      not null default '{}',
    -- other people named, each only under a distribution consent the school has on record:
    -- [{consentRef, publicName, role}]; the references again as an array for the consent checks
    participants    jsonb       not null default '[]',
    consent_refs    text[]      not null default '{}',
    -- the submitter's statement that nothing else in the text or files is a pupil's personal data
    no_pupil_data   boolean     not null default false,
    reviewers       text[]      not null default '{}',
    decision_reason text,
    decided_by      text,
    decided_at      timestamptz,
    submitted_by    text,
    submitted_at    timestamptz,
    published_at    timestamptz,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (practice_id, number),
    constraint decision_has_reason check (status not in ('REJECTED', 'RETURNED') or decision_reason is not null)
);

-- at most one version of a practice is being written or reviewed at a time
create unique index practice_version_one_open on practice_version (practice_id)
    where status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED');
create index practice_version_status on practice_version (status, submitted_at);
create index practice_version_school on practice_version (school_id, updated_at);
create index practice_version_authors on practice_version using gin (author_emails);
create index practice_version_reviewers on practice_version using gin (reviewers);
create index practice_version_consents on practice_version using gin (consent_refs);

insert into practice_version (id, practice_id, school_id, number, status, title, description, form, competencies,
                              year, level, no_pupil_data, decision_reason, decided_by, decided_at, submitted_by,
                              submitted_at, published_at, created_by, created_at, updated_at)
select gen_random_uuid(), id, school_id, 1, status, title, summary, form, pg_temp.text_array(competencies),
       year, 'SCHOOL', true, rejection_reason, reviewed_by, reviewed_at, submitted_by,
       created_at, case when status = 'PUBLISHED' then reviewed_at end, submitted_by, created_at, updated_at
from practice;

alter table practice add column origin text not null default 'SUBMITTED'
    check (origin in ('SUBMITTED', 'COMPLETED_PAIR', 'COMPETITION_WINNER'));
alter table practice add column proposal_id uuid unique;
alter table practice add column source_ref text;
alter table practice add column note text;
alter table practice add column published_version int;
alter table practice add column latest_version int not null default 1;
alter table practice add column recommended boolean not null default false;
alter table practice add column recommended_at timestamptz;
alter table practice add column recommended_by text;
alter table practice add column withdrawn_reason text;
alter table practice rename column submitted_by to created_by;
update practice set published_version = 1 where status = 'PUBLISHED';

drop index if exists practice_search;
drop index if exists practice_status;
alter table practice drop column search;
alter table practice drop constraint rejection_has_reason;
alter table practice drop column title, drop column summary, drop column form, drop column competencies,
    drop column year, drop column status, drop column rejection_reason, drop column reviewed_by,
    drop column reviewed_at;
alter table practice alter column latest_version drop default;
create index practice_published on practice (published_version) where published_version is not null;

-- Attached files: the bytes live in the file store (content-addressed by SHA-256, outside the
-- database rows); a row says which version a file belongs to and keeps its extracted text, so the
-- search index is rebuilt from the database without parsing every file again.
create table practice_file (
    id             uuid primary key,
    practice_id    uuid        not null references practice (id),
    version_id     uuid        not null references practice_version (id),
    school_id      text        not null,
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null check (size_bytes > 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    extracted_text text,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null
);
create index practice_file_version on practice_file (version_id);

-- An expert's scoring sheet for one version: scores per criterion, a comment, submitted or not.
-- Only the municipal scope (methodist, experts) reads or writes sheets; authors see the decision.
create table review_sheet (
    id           uuid primary key,
    version_id   uuid        not null references practice_version (id),
    practice_id  uuid        not null references practice (id),
    expert       text        not null,
    expert_name  text        not null,
    scores       jsonb       not null default '{}',
    comment      text,
    submitted_at timestamptz,
    updated_at   timestamptz not null,
    unique (version_id, expert)
);

-- Distribution consents (152-FZ art. 10.1) the school has told the library about, by the school's
-- own opaque reference; no name, no personal data.
create table practice_consent (
    id          uuid primary key,
    school_id   text        not null,
    consent_ref text        not null,
    status      text        not null check (status in ('ON_RECORD', 'WITHDRAWN')),
    changed_at  timestamptz not null,
    unique (school_id, consent_ref)
);

-- Row-level security (ADR 0002): a published practice is everyone's; everything else is its school's
-- and the municipal scope's (methodist, experts); platform jobs run as 'system'.
alter table practice enable row level security;
alter table practice force row level security;
create policy practice_public_or_own on practice
    using (published_version is not null
           or school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
                or current_setting('app.scope', true) in ('municipal', 'system'));

alter table practice_version enable row level security;
alter table practice_version force row level security;
create policy practice_version_public_or_own on practice_version
    using (status in ('PUBLISHED', 'SUPERSEDED')
           or school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
                or current_setting('app.scope', true) in ('municipal', 'system'));

alter table practice_file enable row level security;
alter table practice_file force row level security;
create policy practice_file_public_or_own on practice_file
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system')
           or exists (select 1 from practice_version v
                      where v.id = version_id and v.status in ('PUBLISHED', 'SUPERSEDED')))
    with check (school_id = current_setting('app.school_id', true)
                or current_setting('app.scope', true) in ('municipal', 'system'));

alter table review_sheet enable row level security;
alter table review_sheet force row level security;
create policy review_sheet_municipal on review_sheet
    using (current_setting('app.scope', true) in ('municipal', 'system'))
    with check (current_setting('app.scope', true) in ('municipal', 'system'));

alter table practice_consent enable row level security;
alter table practice_consent force row level security;
create policy practice_consent_own on practice_consent
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
                or current_setting('app.scope', true) in ('municipal', 'system'));
