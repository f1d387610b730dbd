-- What a hit says it matched: an item that holds any word of the query (the search itself still wants
-- every word somewhere in the mentor's profile), so «учитель наставника» names the position
-- «педагог-наставник» as what matched.
create or replace function directory_matching(items text[], query text) returns text[] language sql immutable parallel safe
    as $$ select coalesce(array_agg(u.item order by u.ord), '{}')
            from unnest(items) with ordinality as u(item, ord)
           where to_tsvector('russian'::regconfig, u.item) @@ to_tsquery('simple'::regconfig, coalesce(
                 (select string_agg(quote_literal(t.lexeme) || ':*', ' | ')
                    from unnest(to_tsvector('russian'::regconfig, coalesce(query, ''))) as t), '')) $$;
