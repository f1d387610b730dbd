-- A school asks for a mentor from the bank or another school for a named need. The request holds a
-- seat of the mentor's capacity while it is pending; accepting turns it into an assignment,
-- declining gives the seat back.
create table mentor_request (
    id                  uuid primary key,
    mentor_id           uuid        not null references mentor (id),
    requesting_school_id text       not null,
    need                text        not null,
    status              text        not null,
    decision_reason     text,
    requested_by        text        not null,
    decided_by          text,
    created_at          timestamptz not null default now(),
    decided_at          timestamptz
);

create index mentor_request_school on mentor_request (requesting_school_id, created_at desc);
create index mentor_request_mentor on mentor_request (mentor_id, status);
