-- The consents a proposal names are kept as the references the practice library knows them by (text, the
-- same as practice.proposed's consentRef); Micronaut Data maps text[] to a list of strings directly.
alter table practice_proposal alter column consent_ids drop default;
alter table practice_proposal alter column consent_ids type text[] using consent_ids::text[];
alter table practice_proposal alter column consent_ids set default '{}';
