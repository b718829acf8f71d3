-- Identity: server-side sessions, OpenID Connect configuration per municipality, logins in
-- progress, and emergency ("break the glass") access with its review.

create table identity_provider (
  municipality_id     uuid primary key references municipality (id) on delete cascade,
  issuer              text not null,
  client_id           text not null,
  -- The secret itself stays out of the database: the name of the environment variable
  -- that holds it, so a database dump never contains it.
  client_secret_env   text not null,
  -- The ID token claim whose value is stored in staff.external_subject.
  subject_claim       text not null default 'email'
);

-- The session cookie holds a random token; only its SHA-256 is stored, so a leaked table
-- cannot be replayed as cookies.
create table session (
  token_hash        text primary key,
  staff_id          uuid not null references staff (id) on delete cascade,
  current_unit_id   uuid references unit (id) on delete set null,
  created_at        timestamptz not null default now(),
  last_seen_at      timestamptz not null default now(),
  expires_at        timestamptz not null,
  via               text not null check (via in ('oidc', 'demo'))
);
create index session_staff_idx on session (staff_id);

-- An authorization request sent to the identity provider and not yet answered.
create table login_attempt (
  state             text primary key,
  municipality_id   uuid not null references municipality (id) on delete cascade,
  code_verifier     text not null,
  nonce             text not null,
  created_at        timestamptz not null default now()
);

-- Emergency access: an on-call or intake worker opens a record outside their scope, with a
-- reason, for a limited time. Every grant lands on a leader's review list.
create table emergency_access (
  id                uuid primary key default gen_random_uuid(),
  staff_id          uuid not null references staff (id) on delete cascade,
  role              text not null,
  unit_id           uuid not null references unit (id) on delete cascade,
  resource_type     text not null,
  resource_id       uuid not null,
  municipality_id   uuid not null references municipality (id) on delete cascade,
  reason            text not null check (length(trim(reason)) >= 10),
  granted_at        timestamptz not null default now(),
  expires_at        timestamptz not null,
  review_due_on     date not null,
  reviewed_at       timestamptz,
  reviewed_by       uuid references staff (id) on delete set null,
  review_note       text
);
create index emergency_access_lookup_idx on emergency_access (staff_id, resource_type, resource_id, expires_at);
create index emergency_access_review_idx on emergency_access (municipality_id, reviewed_at);
