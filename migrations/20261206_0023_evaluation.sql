-- The evaluation (issue 16): counts from before Tidlig, per unit, outcome and month, so a pilot
-- has a "before". Imported, never typed: each row says when and from what it came, and the
-- evaluation adds them to what Tidlig itself counts. Aggregates only: no child, no text.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table evaluation_imported_count (
  unit_id      uuid not null references unit (id) on delete cascade,
  outcome      text not null check (outcome in ('concern_reports', 'consultations')),
  month        text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  count        integer not null check (count >= 0),
  -- Where the figure came from: a file name, or 'demo'.
  source       text not null check (char_length(source) between 1 and 200),
  imported_at  timestamptz not null default now(),
  primary key (unit_id, outcome, month)
);
