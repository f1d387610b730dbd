-- What schools match mentees against, carried by the mentor profile contract 1.2/1.3: experience,
-- preferred mentee age, time available, whether the mentor takes new mentees now, and the
-- pseudonymous account key that lets a signed-in mentor find the pairs they lead.
alter table directory_mentor
    add column experience_years     int,
    add column account_key          text,
    add column preferred_mentee_age text,
    add column time_available       text,
    add column accepting_requests   boolean not null default true;

create index directory_mentor_account on directory_mentor (account_key);
