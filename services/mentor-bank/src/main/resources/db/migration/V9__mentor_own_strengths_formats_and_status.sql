-- A phrase of a school's sheet that matches no catalogue entry stays on the mentor as their own
-- strength (searchable, and listed for the methodist to map). Formats: the kinds of teacher mentoring
-- the mentor works in (codes of mentoring_format).
-- Status: ACTIVE, PAUSED (no new requests; running pairs go on) or LEFT (left the bank; running pairs
-- go on, nobody finds the mentor any more); the mentor returns to ACTIVE.
alter table mentor
    add column own_strengths     text[]      not null default '{}',
    add column formats           text[]      not null default '{}',
    add column status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'LEFT')),
    add column status_reason     text,
    add column status_changed_at timestamptz;

create index mentor_own_strengths on mentor using gin (own_strengths);
