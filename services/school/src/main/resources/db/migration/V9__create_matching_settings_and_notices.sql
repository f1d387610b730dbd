-- What a school's curator tunes in matching: the weight of each factor, and the proposals they
-- rejected (that mentor is not proposed for that mentee again).
create table matching_weights (
    school_id  text primary key,
    strengths  int not null,
    form       int not null,
    subject    int not null,
    age        int not null,
    time_slots int not null,
    capacity   int not null,
    own_school int not null
);

create table matching_exclusion (
    school_id  text        not null,
    mentee_id  uuid        not null references mentee (id),
    mentor_id  uuid        not null,
    created_at timestamptz not null default now(),
    primary key (mentee_id, mentor_id)
);

-- What the curator must know: a consent withdrawn from a running pair, a seat refused, a task overdue.
create table curator_notice (
    id         uuid primary key,
    school_id  text        not null,
    kind       text        not null,
    text       text        not null,
    pair_id    uuid,
    mentee_id  uuid,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);

create index curator_notice_unread on curator_notice (school_id, created_at desc) where read_at is null;

alter table matching_weights enable row level security;
alter table matching_weights force row level security;
create policy matching_weights_of_current_school on matching_weights
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table matching_exclusion enable row level security;
alter table matching_exclusion force row level security;
create policy matching_exclusion_of_current_school on matching_exclusion
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

alter table curator_notice enable row level security;
alter table curator_notice force row level security;
create policy curator_notice_of_current_school on curator_notice
    using (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system')
    with check (school_id = current_setting('app.school_id', true) or current_setting('app.scope', true) = 'system');

-- The federal forms of mentoring with their Russian titles, for documents and pages (the mentor bank
-- keeps the managed catalogue; these titles are what school documents print).
create table form_title (
    code  text primary key,
    title text not null
);

insert into form_title (code, title) values
    ('PUPIL_PUPIL', 'ученик – ученик'),
    ('TEACHER_TEACHER', 'учитель – учитель'),
    ('STUDENT_PUPIL', 'студент – ученик'),
    ('EMPLOYER_PUPIL', 'работодатель – ученик'),
    ('EMPLOYER_STUDENT', 'работодатель – студент'),
    ('TEACHER_UNIVERSITY_STUDENT', 'учитель – студент вуза'),
    ('LEADER_PROJECT_TEAM', 'лидер – проектная команда'),
    ('TEACHER_PROJECT_TEAM', 'учитель – проектная команда');
