-- The platform's one mail facility (ru.mentoring.support.mail). A message is written here in the
-- business transaction that decides to send it and sent by the relay after the commit, so an SMTP
-- server that is briefly away delays mail and loses none. A service opts in by adding
-- classpath:db/mail to its Flyway locations and mentoring.mail.enabled=true.
create table mail_queue (
    id              uuid primary key,
    seq             bigint generated always as identity,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    attachment_name text,
    attachment_type text,
    attachment      bytea,
    attempts        int         not null default 0,
    last_error      text,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    created_at      timestamptz not null default now()
);

create index mail_queue_pending on mail_queue (next_attempt_at, seq) where sent_at is null;
