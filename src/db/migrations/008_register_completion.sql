-- Completing the civil register (issue #3): a registrar's re-send of a certificate is a
-- WhatsApp message with the request's idempotency key, the basis it goes on (the role of the
-- number on the record) and who asked for it; and possible duplicates are looked for across
-- the units of a district, which reads records by event type and date.

alter table wa_messages add column idempotency_key text;
alter table wa_messages add column send_basis text
  check (send_basis in ('informant', 'mother', 'father', 'spouse'));
alter table wa_messages add column requested_by uuid references users (id);
create unique index wa_messages_idempotency on wa_messages (record_id, idempotency_key)
  where idempotency_key is not null;
create index wa_messages_certificate_to on wa_messages (certificate_id, to_wa_id, created_at);

create index records_event_type_date on records (event_type, event_date)
  where status <> 'rejected' and not is_cancelled;
