-- The WhatsApp conversation (issue #5): citizens who write to the business number, every
-- inbound message once (its wamid is the key, so a duplicate delivery is refused atomically),
-- one-time codes for people whose number is not on a record, and the registrar's queue of
-- field issues and correction requests with their evidence.

-- Free-form sends (text, interactive, document): what to send, kept until the retention ends.
alter table wa_messages add column content jsonb;
alter table wa_messages add column content_erased_at timestamptz;

-- Raw webhook bodies hold the citizens' words too; they are erased with the other bodies.
alter table webhook_inbox alter column body drop not null;
alter table webhook_inbox add column body_erased_at timestamptz;

-- One row per citizen: keyed by wa_id, or by the business-scoped user id when Meta sends no
-- number ('bsuid:' prefix). `state` is where the conversation stands; `state_data` its inputs.
create table wa_contacts (
  contact_key text primary key,
  wa_id text,
  user_id text,
  language text not null check (language in ('te', 'en')),
  state text not null default 'menu',
  state_data jsonb not null default '{}',
  privacy_notice_at timestamptz,
  opted_out_at timestamptz,
  opted_in_at timestamptz,
  last_inbound_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index wa_contacts_wa_id on wa_contacts (wa_id);

-- Every citizen message, once. The primary key is the dedupe (contract §2.5).
create table wa_inbound_messages (
  wa_message_id text primary key,
  contact_key text not null references wa_contacts (contact_key),
  type text not null,
  content jsonb,
  sent_at timestamptz not null,
  received_at timestamptz not null default now(),
  content_erased_at timestamptz
);
create index wa_inbound_messages_received on wa_inbound_messages (received_at);

-- A code sent to a number on a record, for someone who writes from another number. Only the
-- hash is kept. A row without record_id stands for details that matched nothing: the citizen
-- is answered exactly as if they had.
create table wa_one_time_codes (
  id uuid primary key,
  contact_key text not null references wa_contacts (contact_key),
  record_id uuid references records (id),
  code_hash text not null,
  attempts integer not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index wa_one_time_codes_contact on wa_one_time_codes (contact_key, created_at);

-- The registrar's queue: what a person must look at. Kinds: a citizen's field issue, a
-- correction request with evidence, an informant who cannot be reached on WhatsApp.
create table registrar_queue (
  id uuid primary key,
  unit_code text not null references units (code),
  kind text not null check (kind in ('field-issue', 'correction-request', 'informant-not-reachable')),
  record_id uuid references records (id),
  contact_key text references wa_contacts (contact_key),
  wa_id text,
  description text,
  details jsonb not null default '{}',
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by uuid references users (id),
  resolution text
);
create index registrar_queue_open on registrar_queue (unit_code, created_at) where resolved_at is null;

-- Photos and PDFs a citizen sends with a correction request, downloaded from the Cloud API
-- (webhook media ids live 7 days, so the bytes are kept here).
create table registrar_queue_evidence (
  id uuid primary key,
  queue_item_id uuid not null references registrar_queue (id),
  wa_media_id text not null,
  filename text,
  mime_type text not null,
  caption text,
  bytes bytea,
  sha256 text,
  fetched_at timestamptz,
  created_at timestamptz not null default now()
);
create index registrar_queue_evidence_item on registrar_queue_evidence (queue_item_id);
