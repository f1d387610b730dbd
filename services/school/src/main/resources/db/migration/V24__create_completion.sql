-- How a pair ends (DOMAIN §5 stage 7). The mutual assessment (1–10 and a text), one per side, which may
-- be replaced until completion; the completion with results, the decision to continue (new topic and
-- term: the follow-up pair) or stop, and for teacher pairs the mentor's readiness verdict; early
-- termination with its initiator and a reason from the school's managed list.
create table pair_assessment (
    pair_id    uuid        not null references pair (id) on delete cascade,
    side       text        not null check (side in ('MENTOR', 'MENTEE')),
    school_id  text        not null,
    score      int         not null check (score between 1 and 10),
    text       text,
    given_by   text        not null,
    updated_at timestamptz not null default now(),
    primary key (pair_id, side)
);

create table pair_completion (
    pair_id           uuid primary key references pair (id) on delete cascade,
    school_id         text        not null,
    results           text        not null,
    decision          text        not null check (decision in ('CONTINUE', 'STOP')),
    continue_topic    text,
    continue_until    date,
    readiness         text check (readiness in ('READY', 'READY_WITH_SUPPORT', 'NOT_READY')),
    follow_up_pair_id uuid,
    completed_on      date        not null,
    completed_by      text        not null,
    created_at        timestamptz not null default now(),
    constraint continue_has_topic check (decision <> 'CONTINUE' or (continue_topic is not null and continue_until is not null))
);

create table pair_termination (
    pair_id       uuid primary key references pair (id) on delete cascade,
    school_id     text        not null,
    initiator     text        not null check (initiator in ('MENTOR', 'MENTEE', 'CURATOR', 'GUARDIAN')),
    reason        text        not null,
    comment       text,
    terminated_on date        not null,
    terminated_by text        not null,
    created_at    timestamptz not null default now()
);

-- The school's list of reasons to end a pair early, started from a default list the first time it is read.
create table termination_reason (
    school_id text    not null,
    code      text    not null,
    title     text    not null,
    active    boolean not null default true,
    position  int     not null,
    primary key (school_id, code)
);

alter table pair_assessment enable row level security;
alter table pair_assessment force row level security;
create policy pair_assessment_of_current_school on pair_assessment
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table pair_completion enable row level security;
alter table pair_completion force row level security;
create policy pair_completion_of_current_school on pair_completion
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table pair_termination enable row level security;
alter table pair_termination force row level security;
create policy pair_termination_of_current_school on pair_termination
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table termination_reason enable row level security;
alter table termination_reason force row level security;
create policy termination_reason_of_current_school on termination_reason
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
