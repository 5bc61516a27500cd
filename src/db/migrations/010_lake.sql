-- The data lake (issue #6): what each export wrote, and which rows changed since. Every write
-- to a record, its history, its cause of death, an outbound message or an inbound message
-- notes the key in lake_changes, in the writing transaction. An export briefly locks
-- lake_changes in EXCLUSIVE mode, which waits for every transaction that has noted a change to
-- end, and takes the highest id then: every change up to it is committed and visible, and every
-- later one gets a higher id, so a change that commits late is never skipped.

create table lake_runs (
  id text primary key,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  -- Changes up to this lake_changes id were exported by this run (or an earlier one).
  watermark_change_id bigint not null,
  is_full boolean not null,
  counts jsonb not null
);

create table lake_changes (
  id bigserial primary key,
  kind text not null check (kind in ('record', 'message', 'inbound')),
  key text not null
);

create function lake_note_record_rows() returns trigger language plpgsql as $$
begin
  insert into lake_changes (kind, key) select distinct 'record', id::text from lake_new_rows;
  return null;
end;
$$;

create function lake_note_record_children() returns trigger language plpgsql as $$
begin
  insert into lake_changes (kind, key) select distinct 'record', record_id::text from lake_new_rows;
  return null;
end;
$$;

create function lake_note_messages() returns trigger language plpgsql as $$
begin
  insert into lake_changes (kind, key) select 'message', id::text from lake_new_rows;
  return null;
end;
$$;

create function lake_note_inbound() returns trigger language plpgsql as $$
begin
  insert into lake_changes (kind, key) select 'inbound', wa_message_id from lake_new_rows;
  return null;
end;
$$;

create trigger records_lake_insert after insert on records
  referencing new table as lake_new_rows for each statement execute function lake_note_record_rows();
create trigger records_lake_update after update on records
  referencing new table as lake_new_rows for each statement execute function lake_note_record_rows();
create trigger record_history_lake_insert after insert on record_history
  referencing new table as lake_new_rows for each statement execute function lake_note_record_children();
create trigger cause_of_death_lake_insert after insert on cause_of_death
  referencing new table as lake_new_rows for each statement execute function lake_note_record_children();
create trigger cause_of_death_lake_update after update on cause_of_death
  referencing new table as lake_new_rows for each statement execute function lake_note_record_children();
create trigger wa_messages_lake_insert after insert on wa_messages
  referencing new table as lake_new_rows for each statement execute function lake_note_messages();
create trigger wa_messages_lake_update after update on wa_messages
  referencing new table as lake_new_rows for each statement execute function lake_note_messages();
create trigger wa_inbound_messages_lake_insert after insert on wa_inbound_messages
  referencing new table as lake_new_rows for each statement execute function lake_note_inbound();
