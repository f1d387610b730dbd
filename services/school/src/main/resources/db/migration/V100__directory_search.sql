-- Curators search the shared mentor base by strengths, form, subject, kind, free seats and text, with
-- Russian word forms: «проектная» finds «проектная деятельность», «наставника» finds «наставник».
-- Word forms come from PostgreSQL's «russian» text search configuration (the Snowball Russian stemmer);
-- every word of a query counts as the beginning of a word («проект» finds «проектная»).
-- Profile contract 1.4 adds the mentor's own strengths (phrases no catalogue entry matches yet) and the
-- formats of teacher mentoring.
alter table directory_mentor
    add column own_strengths text[] not null default '{}',
    add column formats       text[] not null default '{}';

create function directory_words(items text[]) returns tsvector language sql immutable parallel safe
    as $$ select to_tsvector('russian'::regconfig, coalesce(array_to_string(items, ' ; '), '')) $$;

-- Each word of the query as a prefix of a stem, all of them required; a query of no word finds nothing.
create function directory_query(query text) returns tsquery language sql immutable parallel safe
    as $$ select to_tsquery('simple'::regconfig, coalesce(
              (select string_agg(quote_literal(t.lexeme) || ':*', ' & ')
                 from unnest(to_tsvector('russian'::regconfig, coalesce(query, ''))) as t), '')) $$;

-- Whether the words (a column below) hold every word of the query; inlined, so the GIN indexes serve it.
create function directory_words_match(words tsvector, query text) returns boolean language sql immutable parallel safe
    as $$ select words @@ directory_query(query) $$;

-- Which of the items the query finds: what a hit says it matched.
create function directory_matching(items text[], query text) returns text[] language sql immutable parallel safe
    as $$ select coalesce(array_agg(u.item order by u.ord), '{}')
            from unnest(items) with ordinality as u(item, ord)
           where to_tsvector('russian'::regconfig, u.item) @@ directory_query(query) $$;

alter table directory_mentor
    add column strength_words tsvector generated always as (directory_words(strengths || own_strengths)) stored,
    add column subject_words  tsvector generated always as (directory_words(subjects)) stored,
    add column all_words      tsvector generated always as (directory_words(
        array[full_name, coalesce(position, ''), coalesce(organisation, '')] || subjects || strengths || own_strengths)) stored;

create index directory_mentor_strength_words on directory_mentor using gin (strength_words);
create index directory_mentor_all_words on directory_mentor using gin (all_words);
create index directory_mentor_forms on directory_mentor using gin (forms);
