-- Lists of text become text[]: array containment (@>) is what the bank's filters ask ("has this
-- strength", "leads this form"), and the generated jOOQ classes express it as a typed condition.
create function pg_temp.text_array(value jsonb) returns text[] language sql immutable
    as $$ select coalesce(array(select jsonb_array_elements_text(value)), '{}') $$;

drop index mentor_strengths;
drop index mentor_forms;

alter table mentor
    alter column subjects drop default,
    alter column strengths drop default,
    alter column forms drop default;

alter table mentor
    alter column subjects type text[] using pg_temp.text_array(subjects),
    alter column strengths type text[] using pg_temp.text_array(strengths),
    alter column forms type text[] using pg_temp.text_array(forms);

alter table mentor
    alter column subjects set default '{}',
    alter column strengths set default '{}',
    alter column forms set default '{}';

create index mentor_strengths on mentor using gin (strengths);
create index mentor_forms on mentor using gin (forms);
create index mentor_email on mentor (lower(email));

-- A school's nominations and requests are its own: row-level security (ADR 0002) lets the school see
-- its rows, the municipal staff (who decide them) every row, and a mentor the requests addressed to
-- them (matched by the verified e-mail of the token).
alter table nomination enable row level security;
alter table nomination force row level security;
create policy nomination_visible on nomination
    using (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'))
    with check (school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system'));

alter table mentor_request enable row level security;
alter table mentor_request force row level security;
create policy mentor_request_visible on mentor_request
    using (requesting_school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system')
           or (current_setting('app.email', true) <> ''
               and mentor_id in (select m.id from mentor m where lower(m.email) = current_setting('app.email', true))))
    with check (requesting_school_id = current_setting('app.school_id', true)
           or current_setting('app.scope', true) in ('municipal', 'system')
           or (current_setting('app.email', true) <> ''
               and mentor_id in (select m.id from mentor m where lower(m.email) = current_setting('app.email', true))));
