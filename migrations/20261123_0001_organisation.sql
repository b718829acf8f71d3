-- The organisation model: who serves whom. See shared/DOMAIN.md.
-- Every table is created in one transaction by the migration runner.

-- The country decides which law and which default language apply.
create table country (
  code            text primary key check (code in ('NO', 'DK')),
  default_locale  text not null check (default_locale in ('nb', 'nn', 'da', 'en')),
  law             text not null
);

insert into country (code, default_locale, law) values
  ('NO', 'nb', 'barnevernsloven'),
  ('DK', 'da', 'barnets_lov');

create table municipality (
  id              uuid primary key default gen_random_uuid(),
  code            text not null unique,          -- kommunenummer / kommunekode
  name            text not null,
  country_code    text not null references country (code),
  -- A nynorsk municipality (e.g. Øygarden) overrides the country's default language.
  default_locale  text check (default_locale in ('nb', 'nn', 'da', 'en'))
);

-- One service serving several municipalities, like the on-call service of Øygarden and Askøy.
create table cooperation (
  id                      uuid primary key default gen_random_uuid(),
  name                    text not null unique,
  kind                    text not null check (kind in ('on_call')),
  host_municipality_id    uuid not null references municipality (id)
);

create table cooperation_member (
  cooperation_id   uuid not null references cooperation (id) on delete cascade,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  primary key (cooperation_id, municipality_id)
);

create table district (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  name             text not null,
  compass          text not null check (compass in ('east', 'west', 'centre', 'north', 'south')),
  unique (municipality_id, compass)
);

create table unit (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  district_id      uuid references district (id) on delete set null,
  cooperation_id   uuid references cooperation (id) on delete set null,
  kind             text not null check (kind in
                     ('school', 'kindergarten', 'day_care', 'family_centre', 'ppt', 'child_welfare', 'on_call_service')),
  name             text not null,
  grade_from       smallint,
  grade_to         smallint,
  unique (municipality_id, name),
  -- Only schools have a grade range, and it must be a real one (1–10 in Norway, 0–10 in Denmark).
  check ((kind = 'school') = (grade_from is not null and grade_to is not null)),
  check (grade_from is null or (grade_from between 0 and 13 and grade_to between grade_from and 13)),
  -- An on-call service belongs to the cooperation it serves.
  check (kind <> 'on_call_service' or cooperation_id is not null)
);
create index unit_district_idx on unit (district_id);

create table staff (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  given_name       text not null,
  family_name      text not null,
  email            text not null unique,
  phone            text,
  -- The value of the identity provider's claim that maps a login to this person (issue 3).
  external_subject text unique,
  synthetic        boolean not null default false
);

-- Roles come from memberships in units; one person may hold several.
create table membership (
  id         uuid primary key default gen_random_uuid(),
  staff_id   uuid not null references staff (id) on delete cascade,
  unit_id    uuid not null references unit (id) on delete cascade,
  role       text not null check (role in
               ('staff', 'unit_leader', 'network_contact', 'partner', 'intake_worker',
                'on_call_worker', 'leader', 'administrator')),
  unique (staff_id, unit_id, role)
);
create index membership_unit_idx on membership (unit_id);

-- A family keeps one contact person in child welfare whatever the children's ages:
-- the contact person hangs on the family, not on an age band.
create table family (
  id                        uuid primary key default gen_random_uuid(),
  municipality_id           uuid not null references municipality (id) on delete cascade,
  contact_person_staff_id   uuid references staff (id) on delete set null
);

create table child (
  id                  uuid primary key default gen_random_uuid(),
  municipality_id     uuid not null references municipality (id) on delete cascade,
  family_id           uuid references family (id) on delete set null,
  given_name          text not null,
  family_name         text not null,
  birth_date          date not null,
  national_id         text not null unique,
  -- Demo and test identity numbers can never belong to a real person; this says so.
  national_id_synthetic boolean not null
);
create index child_family_idx on child (family_id);

create table guardian (
  id                  uuid primary key default gen_random_uuid(),
  given_name          text not null,
  family_name         text not null,
  national_id         text unique,
  national_id_synthetic boolean not null,
  phone               text,
  email               text,
  street_address      text
);

create table child_guardian (
  child_id     uuid not null references child (id) on delete cascade,
  guardian_id  uuid not null references guardian (id) on delete cascade,
  relation     text not null check (relation in ('mother', 'father', 'other')),
  primary key (child_id, guardian_id)
);

-- A child in a school's or kindergarten's register.
create table enrolment (
  child_id    uuid not null references child (id) on delete cascade,
  unit_id     uuid not null references unit (id) on delete cascade,
  grade       smallint,
  group_name  text not null,        -- class ("5B") or kindergarten group ("Blåklokka")
  primary key (child_id, unit_id)
);
create index enrolment_unit_idx on enrolment (unit_id);
