-- V5 counted each event's waiting list as the migrating owner, whom registration's forced row-level security
-- shows no row outside a scope: every existing event got 0, and the first waiting applicant of such an event
-- to cancel would have broken waiting >= 0. Counted again as the platform, as V4 of the practice library does.
select set_config('app.scope', 'system', true);
update event e set waiting = (select count(*) from registration r where r.event_id = e.id and r.status = 'WAITLISTED');
