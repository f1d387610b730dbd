-- waiting counts the event's WAITLISTED applications, as taken counts its places: it changes only while the
-- event row is locked, in the transaction that changes the applications. A batch of applications to a full
-- event told each newcomer their place in line by counting the list under the lock (about 1 ms per batch
-- with a few thousand waiting, 260 times in a burst); the locked row now says it.
alter table event add column waiting int not null default 0 check (waiting >= 0);
update event e set waiting = (select count(*) from registration r where r.event_id = e.id and r.status = 'WAITLISTED');
