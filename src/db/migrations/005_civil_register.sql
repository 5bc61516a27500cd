-- The civil register of the RBD Act 1969 (as amended in 2023): live births, still-births and
-- deaths with their legal and statistical parts, the lifecycle from notification to
-- registration, roles with jurisdiction, Aadhaar kept encrypted, cause of death kept apart,
-- duplicate candidates, and signed checkpoints over the history.

alter table records drop constraint records_event_type_check;
alter table records add constraint records_event_type_check
  check (event_type in ('birth', 'still_birth', 'death'));
alter table records drop constraint records_status_check;
alter table records add constraint records_status_check
  check (status in ('notified', 'declared', 'registered', 'rejected'));
alter table records alter column registration_number drop not null;
alter table records alter column registration_date drop not null;
alter table records alter column informant_wa_id drop not null;
alter table records add column source text not null default 'registrar'
  check (source in ('registrar', 'hospital', 'field_worker', 'panchayat_raj', 'municipal_administration', 'legacy'));
alter table records add column statistical jsonb not null default '{}';
alter table records add column rejection_reason text;
alter table records add column is_cancelled boolean not null default false;
alter table records add column legacy_number text;
alter table records add column search_keys text[] not null default '{}';
create unique index records_legacy_number on records (legacy_number) where legacy_number is not null;
create index records_search_keys on records using gin (search_keys);
create index records_unit_status on records (unit_code, status, event_date);

-- The numbers linked to a record: a certificate goes only to these (DESIGN: rules that shape the data).
create table record_contacts (
  record_id uuid not null references records (id),
  role text not null check (role in ('informant', 'mother', 'father', 'spouse')),
  wa_id text not null check (wa_id ~ '^91[6-9][0-9]{9}$'),
  added_at timestamptz not null default now(),
  removed_at timestamptz,
  primary key (record_id, role, wa_id)
);
create index record_contacts_wa_id on record_contacts (wa_id) where removed_at is null;
insert into record_contacts (record_id, role, wa_id)
  select id, 'informant', informant_wa_id from records where informant_wa_id is not null;

-- Forms 4 and 4A: the medical certificate of cause of death. Only roles with that right read
-- it, each read is written to the record's history, and nothing else ever joins it in.
create table cause_of_death (
  record_id uuid primary key references records (id),
  form text not null check (form in ('4', '4A')),
  immediate_cause text not null,
  antecedent_causes text[] not null default '{}',
  underlying_cause text,
  icd10_underlying text check (icd10_underlying ~ '^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$'),
  icd10_codes text[] not null default '{}',
  manner text check (manner in ('natural', 'accident', 'suicide', 'homicide', 'pending_investigation')),
  certified_by text not null,
  certified_on date not null,
  recorded_at timestamptz not null default now()
);

create table record_aadhaar (
  record_id uuid not null references records (id),
  person text not null check (person in ('mother', 'father', 'informant', 'deceased')),
  ciphertext text not null,
  last_four text not null check (last_four ~ '^[0-9]{4}$'),
  primary key (record_id, person)
);

-- What a delayed registration needs before it can be registered (s.13, AP RBD Rules 1999 r.9).
create table record_requirements (
  record_id uuid not null references records (id),
  kind text not null check (kind in ('late_fee', 'permission', 'affidavit', 'magistrate_order', 'name_fee')),
  details jsonb not null,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  primary key (record_id, kind)
);

alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (
  role in ('registrar', 'sub_registrar', 'district_registrar', 'chief_registrar', 'state_operations')
);
alter table users add column district_en text;
-- Repeated wrong passwords lock an account for a while, across every instance.
alter table users add column failed_sign_ins integer not null default 0;
alter table users add column locked_until timestamptz;

create table api_clients (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  department text not null check (department in ('health', 'panchayat_raj', 'municipal_administration')),
  key_hash text not null unique,
  unit_codes text[] not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table duplicate_candidates (
  record_id uuid not null references records (id),
  other_record_id uuid not null references records (id),
  reasons text[] not null,
  status text not null default 'open' check (status in ('open', 'duplicate', 'not_duplicate')),
  decided_by uuid references users (id),
  decided_at timestamptz,
  primary key (record_id, other_record_id)
);

-- Signed checkpoints: a digest over the latest hash of every record's chain, signed with the
-- state's key, so a rewritten history is caught without one global chain on every write.
create table history_checkpoints (
  id bigserial primary key,
  at timestamptz not null,
  record_count integer not null,
  entry_count integer not null,
  digest text not null,
  key_id text not null,
  signature text not null
);

create trigger history_checkpoints_append_only
  before update or delete on history_checkpoints
  for each row execute function refuse_history_change();
