-- What mentors of every school do with published practices: rate, comment, bookmark, and the schools
-- that use a practice. Ratings, comments and usage are public to every school by design (ADR 0002
-- lists why they carry a school column without row-level security); bookmarks and notifications
-- belong to one person and are always read by their owner's identity from the token.
create table practice_rating (
    id          uuid primary key,
    practice_id uuid        not null references practice (id),
    rater       text        not null,
    stars       int         not null check (stars between 1 and 5),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    unique (practice_id, rater)
);

create table practice_comment (
    id               uuid primary key,
    practice_id      uuid        not null references practice (id),
    author           text        not null,
    author_name      text        not null,
    author_school_id text,
    body             text        not null check (length(body) between 1 and 4000),
    created_at       timestamptz not null
);
create index practice_comment_practice on practice_comment (practice_id, created_at);

create table bookmark (
    id          uuid primary key,
    owner       text        not null,
    practice_id uuid        not null references practice (id),
    created_at  timestamptz not null,
    unique (owner, practice_id)
);

create table notification (
    id          uuid primary key,
    recipient   text        not null,
    practice_id uuid        references practice (id),
    message     text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);

-- A school uses a practice while one of its plan tasks links it (school.practice-usage.v1), or while
-- its curator says so (task_ref 'curator').
create table practice_use (
    id          uuid primary key,
    practice_id uuid        not null references practice (id),
    school_id   text        not null,
    task_ref    text        not null,
    linked      boolean     not null,
    changed_at  timestamptz not null,
    unique (school_id, task_ref)
);
create index practice_use_practice on practice_use (practice_id) where linked;

-- The search index's change feed (ADR 0011). Every change that alters what the index shows of a
-- practice stamps it with the next revision. The one-row clock is updated inside the changing
-- transaction, so its row lock orders those transactions: a revision becomes visible only after every
-- smaller one has committed, and an index replica that read up to revision N has missed nothing below.
create table search_clock (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into search_clock (id, revision) values (1, 1);

create table search_feed (
    practice_id uuid   primary key references practice (id),
    revision    bigint not null
);
create index search_feed_revision on search_feed (revision);
-- practice forces row-level security even on its owner: read every school's rows as the platform
select set_config('app.scope', 'system', true);
insert into search_feed (practice_id, revision) select id, 1 from practice;
