-- Department ingest (issue #6): files of past and current registrations from Panchayat Raj
-- and Municipal Administration, linked to the records the hospitals notified. One run per
-- source and file content, so importing the same file again changes nothing; each batch of
-- rows commits with the run's checkpoint, so an interrupted import resumes where it stopped.

create table import_runs (
  id uuid primary key,
  source text not null,
  file_name text not null,
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  is_strict boolean not null,
  status text not null check (status in ('running', 'completed')),
  -- The checkpoint: every row up to this file row number is applied and has its outcome.
  rows_done integer not null default 0,
  started_by text not null,
  started_at timestamptz not null,
  finished_at timestamptz,
  unique (source, file_sha256)
);

-- One outcome per file row: the report is read from here, so a re-run prints the same one.
create table import_rows (
  run_id uuid not null references import_runs (id),
  row_number integer not null,
  outcome text not null check (outcome in ('accepted', 'linked', 'review', 'rejected')),
  record_id uuid references records (id),
  registration_number text,
  -- [{ "field": ..., "message": ..., "messageTe": ... }] for a rejected row.
  issues jsonb not null default '[]',
  primary key (run_id, row_number)
);

-- Every source that reported a record: the same birth from a hospital and a panchayat file is
-- one record with both attached.
create table record_sources (
  record_id uuid not null references records (id),
  source text not null,
  source_ref text not null,
  run_id uuid references import_runs (id),
  attached_at timestamptz not null default now(),
  primary key (record_id, source, source_ref)
);
create index record_sources_source on record_sources (source, record_id);

-- The blocking key of linkage: the mother's (or the deceased's) English name folded as
-- flag-duplicates.ts duplicateNameKey folds it, so linkage is an index join, not a scan.
alter table records add column link_key text generated always as (
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(case when event_type = 'death' then declaration #>> '{deceased,name,en}'
               else declaration #>> '{mother,name,en}' end),
    '[^a-z]', '', 'g'), 'x', 'ks', 'g'), 'ee|ie', 'i', 'g'), 'oo|ou', 'u', 'g'),
    '([bcdgjkpt])h', '\1', 'g'), 'sh', 's', 'g'), 'w', 'v', 'g'), '(.)\1+', '\1', 'g'), 'a$', '')
) stored;
create index records_linkage on records (unit_code, event_type, link_key, event_date);
