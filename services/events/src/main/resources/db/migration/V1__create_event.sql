-- Events (мероприятия). organiser_school_id is null for a municipal event and set for a school's own.
-- registered counts the seats taken; it changes only while the event row is locked, so the
-- capacity check below is a backstop, not the mechanism.
create table event (
    id                     uuid primary key,
    title                  text        not null,
    type                   text        not null,
    format                 text        not null,
    venue                  text,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    capacity               int         not null check (capacity >= 1),
    registered             int         not null default 0 check (registered >= 0),
    registration_opens_at  timestamptz not null,
    registration_closes_at timestamptz not null,
    organiser_school_id    text,
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint ends_after_start check (ends_at > starts_at),
    constraint window_before_start check (registration_opens_at < registration_closes_at
                                          and registration_closes_at <= starts_at),
    constraint capacity_holds check (registered <= capacity)
);

create index event_starts_at on event (starts_at);
create index event_organiser_school on event (organiser_school_id);
