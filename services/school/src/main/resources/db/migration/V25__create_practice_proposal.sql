-- A completed pair proposed to the practice library (ADR 0010): one proposal per pair (its id is the
-- proposal's stable id on the topic), the consents of the people it names, who proposed it and when.
-- The proposal itself leaves through the outbox; this is the school's record of having sent it.
create table practice_proposal (
    id           uuid primary key,
    school_id    text        not null,
    pair_id      uuid        not null unique references pair (id) on delete cascade,
    title        text        not null,
    consent_ids  uuid[]      not null default '{}',
    proposed_by  text        not null,
    created_at   timestamptz not null default now()
);

alter table practice_proposal enable row level security;
alter table practice_proposal force row level security;
create policy practice_proposal_of_current_school on practice_proposal
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
