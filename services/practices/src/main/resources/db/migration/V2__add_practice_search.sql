-- Russian full-text search with morphology: «наставника» finds «наставник». The vector is
-- computed by PostgreSQL itself, so no writer can forget to refresh it; a title match outranks
-- a summary match.
-- The text is lower-cased through an ICU collation first: to_tsvector folds case with the
-- database's LC_CTYPE, and a database created with the C locale (as the local scripts do)
-- leaves «Наставник» capitalised, so the Russian stemmer would never match it. Queries fold
-- the same way (see PracticeRepository).
alter table practice add column search tsvector generated always as (
    setweight(to_tsvector('russian', lower(title collate "und-x-icu")), 'A')
    || setweight(to_tsvector('russian', lower(summary collate "und-x-icu")), 'B')
) stored;

create index practice_search on practice using gin (search);
