-- Lists of text become text[]: PostgreSQL's array containment (@>) is what the directory's filters
-- ask ("shared with this school", "has this strength"), and the generated jOOQ classes express it
-- as typed conditions instead of SQL text. Existing rows keep their values.
-- a conversion cannot hold a subquery, a function can; pg_temp keeps it out of the schema
create function pg_temp.text_array(value jsonb) returns text[] language sql immutable
    as $$ select coalesce(array(select jsonb_array_elements_text(value)), '{}') $$;

alter table directory_mentor
    alter column subjects drop default,
    alter column strengths drop default,
    alter column network_project_ids drop default,
    alter column shared_with_school_ids drop default,
    alter column forms drop default;

alter table directory_mentor
    alter column subjects type text[] using pg_temp.text_array(subjects),
    alter column strengths type text[] using pg_temp.text_array(strengths),
    alter column network_project_ids type text[] using pg_temp.text_array(network_project_ids),
    alter column shared_with_school_ids type text[] using pg_temp.text_array(shared_with_school_ids),
    alter column forms type text[] using pg_temp.text_array(forms);

alter table directory_mentor
    alter column subjects set default '{}',
    alter column strengths set default '{}',
    alter column network_project_ids set default '{}',
    alter column shared_with_school_ids set default '{}',
    alter column forms set default '{}';

create index directory_mentor_shared on directory_mentor using gin (shared_with_school_ids);
create index directory_mentor_strengths on directory_mentor using gin (strengths);
