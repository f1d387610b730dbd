-- People are shown by name, not by login: the name from the verified token is kept with each step.
-- A curator may withdraw a pending request (status WITHDRAWN): its seat goes back.
alter table mentor_request
    add column requested_by_name text,
    add column decided_by_name   text;

alter table nomination
    add column nominated_by_name text,
    add column decided_by_name   text;

create index mentor_request_decided on mentor_request (decided_at desc) where decided_at is not null;
create index nomination_decided on nomination (decided_at desc) where decided_at is not null;
