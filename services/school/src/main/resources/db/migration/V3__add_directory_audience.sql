-- Network-shared mentors: the member schools of the projects whose pool holds the mentor.
alter table directory_mentor
    add column shared_with_school_ids jsonb not null default '[]',
    add column forms                  jsonb not null default '[]';
