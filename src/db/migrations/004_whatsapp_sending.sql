-- Sending over WhatsApp (issue #5): every Cloud API error a message met, the template states
-- Meta reports, the channel alerts /healthz shows, and the dead letters of the outbox.

-- Each error a message met, from the send's response or a `failed` status webhook, in order.
create table wa_message_errors (
  id bigserial primary key,
  message_id uuid not null references wa_messages (id),
  at timestamptz not null default now(),
  source text not null check (source in ('response', 'webhook', 'sender')),
  code integer,
  http_status integer,
  details text not null,
  is_retryable boolean not null
);
create index wa_message_errors_message on wa_message_errors (message_id, id);

-- The latest status Meta reported for a template translation (message_template_status_update,
-- or a 132015/132016 answer). No row means the status Patra was set up with: APPROVED.
create table wa_template_states (
  name text not null,
  language text not null,
  status text not null,
  reason text,
  updated_at timestamptz not null default now(),
  primary key (name, language)
);

-- Problems with the channel itself that /healthz reports until they clear, e.g. a token the
-- Cloud API refused (code 190, HTTP 401).
create table wa_channel_alerts (
  kind text primary key,
  reason text not null,
  since timestamptz not null default now()
);

-- A free-form certificate copy refused outside the 24-hour window (131047) is sent again as
-- the certificate_ready template, once: the new message names the one it replaces.
alter table wa_messages add column replaces_message_id uuid references wa_messages (id);
create unique index wa_messages_replaces on wa_messages (replaces_message_id) where replaces_message_id is not null;

-- A registrar's queue item for an undeliverable message points at that message once.
alter table registrar_queue add column message_id uuid references wa_messages (id);
create unique index registrar_queue_message on registrar_queue (message_id) where message_id is not null;

-- Jobs that gave up, with the message and record they concern, for listing and replay.
create view dead_letters as
  select o.id, o.kind, o.payload, o.attempts, o.last_error, o.dead_at, o.created_at,
         m.id as message_id, m.status as message_status, m.to_wa_id,
         coalesce(m.record_id, r.id) as record_id,
         coalesce(mr.unit_code, r.unit_code) as unit_code
  from outbox o
  left join wa_messages m on m.id::text = o.payload->>'messageId'
  left join records mr on mr.id = m.record_id
  left join records r on r.id::text = o.payload->>'recordId'
  where o.dead_at is not null;
