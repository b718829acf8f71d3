-- Adding an agenda item or an action point from the web carries a key chosen by the form, so
-- a double click or a retried request adds one row, not two (as bookings do).
alter table agenda_item add column idempotency_key text unique;
alter table action_point add column idempotency_key text unique;
