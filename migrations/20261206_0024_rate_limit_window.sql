-- Rate limits (logins, pupils' requests) kept in the database, so every server counts the same
-- attempts: one row per route and client in its current window. The key is a SHA-256 of the
-- route and the client's address, never the address itself. A row outlives its window only
-- until the next window starts somewhere (the store deletes expired rows then).
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table rate_limit_window (
  key_hash   text primary key check (key_hash ~ '^[0-9a-f]{64}$'),
  hits       integer not null check (hits > 0),
  resets_at  timestamptz not null
);
create index rate_limit_window_resets_at_idx on rate_limit_window (resets_at);
