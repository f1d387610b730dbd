-- An organiser cancels an event: every live application is cancelled and told, the event stays in the
-- catalogue marked as cancelled (ADR 0025).
alter table event add column cancelled_at  timestamptz;
alter table event add column cancel_reason text;
alter table event add constraint event_cancel_reason check ((cancelled_at is null) = (cancel_reason is null));
