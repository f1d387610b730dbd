-- Read model of the shared mentor base, fed only by the mentor bank's compacted topic.
-- It is municipal data (no pupils), so it is not school-scoped; visibility is applied per query.
create table directory_mentor (
    id                  uuid primary key,
    revision            bigint      not null,
    full_name           text        not null,
    kind                text        not null,
    home_school_id      text,
    organisation        text,
    position            text,
    subjects            jsonb       not null default '[]',
    strengths           jsonb       not null default '[]',
    capacity            int         not null,
    active_assignments  int         not null,
    visibility          text        not null,
    network_project_ids jsonb       not null default '[]',
    active              boolean     not null,
    updated_at          timestamptz not null default now()
);

create index directory_mentor_home_school on directory_mentor (home_school_id);
