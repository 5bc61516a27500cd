-- Patra's foundation: units and accounts, the register with its history, certificates,
-- the outbox that the worker drains, and WhatsApp messages with their delivery states.

create table units (
  code text primary key,
  kind text not null check (kind in ('municipality', 'gram_panchayat')),
  crs_code text not null unique check (crs_code ~ '^[0-9]{5}$'),
  name_en text not null,
  name_te text not null,
  mandal_en text not null,
  mandal_te text not null,
  district_en text not null,
  district_te text not null,
  registrar_office text not null
);

create table facilities (
  id text primary key,
  unit_code text not null references units (code),
  kind text not null check (kind in ('government_hospital', 'primary_health_centre', 'private_hospital')),
  name_en text not null,
  name_te text not null,
  address_en text not null,
  address_te text not null
);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  display_name text not null,
  role text not null check (role in ('registrar')),
  unit_code text references units (code),
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create table registration_counters (
  unit_code text not null references units (code),
  event_type text not null,
  year integer not null,
  last_serial integer not null,
  primary key (unit_code, event_type, year)
);

create table records (
  id uuid primary key,
  event_type text not null check (event_type in ('birth')),
  unit_code text not null references units (code),
  status text not null check (status in ('registered')),
  registration_number text not null unique,
  registration_date date not null,
  event_date date not null,
  declaration jsonb not null,
  informant_wa_id text not null,
  informant_language text not null check (informant_language in ('te', 'en')),
  created_at timestamptz not null default now()
);
create index records_unit_event_date on records (unit_code, event_date);

-- The legal history: one row per action, hash-chained per record, never updated or deleted.
create table record_history (
  record_id uuid not null references records (id),
  seq integer not null,
  action text not null,
  actor_id uuid,
  actor_role text not null,
  unit_code text not null,
  at timestamptz not null,
  legal_basis text not null,
  details jsonb not null,
  prev_hash text not null,
  hash text not null,
  primary key (record_id, seq)
);

create function refuse_history_change() returns trigger language plpgsql as $$
begin
  raise exception 'record_history is append-only (% refused)', tg_op using errcode = '42501';
end;
$$;

create trigger record_history_append_only
  before update or delete on record_history
  for each row execute function refuse_history_change();

create trigger record_history_no_truncate
  before truncate on record_history
  for each statement execute function refuse_history_change();

create table certificates (
  id uuid primary key,
  record_id uuid not null references records (id),
  form text not null check (form in ('form5')),
  issued_at timestamptz not null,
  key_id text not null,
  payload text not null unique,
  pdf bytea not null,
  sha256 text not null,
  status text not null default 'in_force' check (status in ('in_force', 'superseded', 'cancelled')),
  media_id text,
  media_uploaded_at timestamptz
);
create index certificates_record on certificates (record_id);

create table wa_messages (
  id uuid primary key,
  record_id uuid references records (id),
  certificate_id uuid references certificates (id),
  to_wa_id text not null,
  kind text not null,
  template_name text,
  language text not null,
  wa_message_id text unique,
  status text not null check (
    status in ('queued', 'sending', 'accepted', 'sent', 'delivered', 'read', 'failed', 'unknown')
  ),
  status_at timestamptz not null default now(),
  error_code integer,
  error_details text,
  created_at timestamptz not null default now()
);
create index wa_messages_record on wa_messages (record_id);

create table wa_status_events (
  wa_message_id text not null,
  status text not null,
  occurred_at timestamptz not null,
  error_code integer,
  error_details text,
  primary key (wa_message_id, status)
);

-- Raw webhook bodies, stored before anything else is done with them (Meta has no replay API).
create table webhook_inbox (
  id bigserial primary key,
  received_at timestamptz not null default now(),
  body bytea not null,
  processed_at timestamptz,
  error text
);

create table outbox (
  id bigserial primary key,
  kind text not null,
  payload jsonb not null,
  run_after timestamptz not null default now(),
  attempts integer not null default 0,
  locked_until timestamptz,
  last_error text,
  done_at timestamptz,
  dead_at timestamptz,
  created_at timestamptz not null default now()
);
create index outbox_ready on outbox (run_after) where done_at is null and dead_at is null;
