-- The full mentor profile of the municipal bank (ДОМЕН §4.2): qualification, experience, forms,
-- time, interests, preferred mentee age, achievements, training, association membership.
alter table mentor
    add column birth_date            date,
    add column qualification_category text,
    add column experience_years      int check (experience_years between 0 and 70),
    add column forms                 jsonb   not null default '[]',
    add column time_available        text,
    add column interests             text,
    add column preferred_mentee_age  text,
    add column achievements          text,
    add column training_completed    text,
    add column association_member    boolean not null default false,
    add column reserved_seats        int     not null default 0 check (reserved_seats >= 0);

-- Pending requests hold a seat, so accepted plus pending never exceeds what the mentor can take.
alter table mentor drop constraint capacity_holds;
alter table mentor add constraint capacity_holds check (active_assignments + reserved_seats <= capacity);

create index mentor_forms on mentor using gin (forms jsonb_path_ops);
create index mentor_name on mentor (lower(full_name));
