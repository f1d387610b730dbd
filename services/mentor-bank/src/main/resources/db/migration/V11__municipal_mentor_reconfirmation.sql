-- Municipal mentors are re-confirmed every school year: the mentor says they carry on (or not), and
-- the methodist puts the confirmed ones on the new year's list.
create table municipal_mentor_confirmation (
    school_year  text        not null check (school_year ~ '^[0-9]{4}/[0-9]{4}$'),
    mentor_id    uuid        not null references mentor (id),
    carries_on   boolean     not null,
    answered_at  timestamptz not null default now(),
    primary key (school_year, mentor_id)
);
