-- The curator's oversight. A concern the curator flags on a pair with a minor; the alerts already
-- given (a task overdue since its deadline, a pair silent since its last meeting), so the daily look
-- tells the curator once per task and deadline, per pair and silence, however often it runs and on
-- however many instances; and the curators' addresses the alerts are mailed to, remembered as
-- curators sign in (the token's verified e-mail).
create table pair_concern (
    id         uuid primary key,
    school_id  text        not null,
    pair_id    uuid        not null references pair (id) on delete cascade,
    text       text        not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create index pair_concern_pair on pair_concern (pair_id, created_at desc);

create table oversight_alert (
    school_id  text        not null,
    kind       text        not null check (kind in ('TASK_OVERDUE', 'PAIR_SILENT')),
    subject_id uuid        not null,
    since      date        not null,
    created_at timestamptz not null default now(),
    primary key (kind, subject_id, since)
);

create table curator_address (
    school_id text        not null,
    email     text        not null,
    name      text        not null,
    seen_at   timestamptz not null default now(),
    primary key (school_id, email)
);

alter table pair_concern enable row level security;
alter table pair_concern force row level security;
create policy pair_concern_of_current_school on pair_concern
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table oversight_alert enable row level security;
alter table oversight_alert force row level security;
create policy oversight_alert_of_current_school on oversight_alert
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table curator_address enable row level security;
alter table curator_address force row level security;
create policy curator_address_of_current_school on curator_address
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
