-- Personal-data consents (152-ФЗ, DOMAIN §7): one record per person and kind — processing,
-- distribution (publication), transfer to a partner organisation — with the version of the text, who
-- signed (the person, or a parent or guardian for a minor, optionally co-signed by a pupil of 14+),
-- the date and the withdrawal. Each kind is a separate document (156-ФЗ).
create table consent (
    id                    uuid primary key,
    school_id             text        not null,
    mentee_id             uuid        not null references mentee (id),
    kind                  text        not null check (kind in ('PROCESSING', 'DISTRIBUTION', 'TRANSFER')),
    text_version          text        not null,
    signed_by             text        not null check (signed_by in ('SELF', 'GUARDIAN')),
    signer_name           text        not null,
    co_signed_by_pupil    boolean     not null default false,
    partner_organisation  text,
    signed_on             date        not null,
    withdrawn_on          date,
    withdrawal_reason     text,
    created_at            timestamptz not null default now(),
    constraint transfer_names_partner check (kind <> 'TRANSFER' or partner_organisation is not null),
    constraint withdrawn_after_signed check (withdrawn_on is null or withdrawn_on >= signed_on)
);

-- one consent in force per person and kind; a withdrawn one stays on record beside a new one
create unique index consent_in_force on consent (mentee_id, kind) where withdrawn_on is null;
create index consent_school on consent (school_id, mentee_id);

alter table consent enable row level security;
alter table consent force row level security;
create policy consent_of_current_school on consent
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');
