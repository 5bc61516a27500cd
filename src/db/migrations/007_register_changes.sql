-- Changes after registration (RBD Act s.14, s.15; AP RBD Rules 1999 r.10, r.11): the child's
-- name added later, corrections and cancellation, and confirmed transliterations are marginal
-- entries beside the original declaration, never edits of it. A record's current values are
-- the declaration with its marginal entries applied in order.

create table record_amendments (
  record_id uuid not null references records (id),
  seq integer not null,
  kind text not null check (kind in ('name_added', 'clerical', 'fact', 'cancellation', 'name_confirmed')),
  -- [{ "field": "mother.name", "value": ... }] in the order they apply.
  changes jsonb not null default '[]',
  reason text not null,
  evidence jsonb not null default '[]',
  fee jsonb,
  remark_en text,
  remark_te text,
  made_by uuid references users (id),
  made_at timestamptz not null,
  primary key (record_id, seq)
);

create trigger record_amendments_append_only
  before update or delete on record_amendments
  for each row execute function refuse_history_change();

-- Form 10: certificates that the registers searched hold no entry of an event (s.13(3)). They
-- belong to no record, so they are kept here with what was searched.
create table non_availability_certificates (
  id uuid primary key,
  number text not null unique,
  unit_code text not null references units (code),
  event_type text not null check (event_type in ('birth', 'death')),
  search jsonb not null,
  issued_by uuid references users (id),
  issued_at timestamptz not null,
  key_id text not null,
  payload text not null unique,
  sha256 text not null
);
