import { GENESIS_HASH, hashHistoryEntry } from '../registry/append-history.ts';
import type { Sql } from '../db/db.ts';
import {
  backfillBasis,
  IMPORT_ACTOR,
  reportBasis,
  sourceRef,
  type ImportRun,
} from './import-run.ts';
import { arrayLiteral, columnLiterals } from './array-literal.ts';
import { keyNamesOnce } from './key-names-once.ts';
import type { IngestRow } from './map-row.ts';

/** A valid row that becomes a record of its own, and the records it may duplicate. */
export interface NewRecord {
  row: IngestRow;
  recordId: string;
  candidateIds: string[];
}

const DUPLICATE_REASONS = ['same_mother', 'event_date_within_3_days'];
const DUPLICATE_BASIS = 'RBD Act 1969 s.7(2) (the registrar keeps one entry per event)';

/**
 * Writes a batch of new records set-based, one statement per table: the record (registered
 * under its legacy number when the row has one, else notified), its first history entry
 * (hashes chained here, in Node), the possible duplicates for the registrar with their
 * `flag-duplicate` entries, its source and the informant's linked number. No certificate and
 * no WhatsApp message: citizens ask for backfilled certificates in the chat.
 */
export async function insertNewRecords(
  sql: Sql,
  run: ImportRun,
  items: readonly NewRecord[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;

  await sql.query(
    `insert into records (id, event_type, unit_code, status, registration_number, registration_date,
       event_date, declaration, statistical, informant_wa_id, informant_language, source,
       legacy_number, search_keys, created_at)
     select id, 'birth', unit_code, status, legacy_number, registration_date, event_date, declaration,
       statistical, informant_wa_id, informant_language, source, legacy_number,
       string_to_array(search_keys, ' '), $13
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[],
       $7::jsonb[], $8::jsonb[], $9::text[], $10::text[], $11::text[], $12::text[])
       as x(id, unit_code, status, legacy_number, registration_date, event_date, declaration,
       statistical, informant_wa_id, informant_language, source, search_keys)`,
    [...recordColumns(run, items), now],
  );
  await sql.query(
    `insert into record_history (record_id, seq, action, actor_id, actor_role, unit_code, at,
       legal_basis, details, prev_hash, hash)
     select record_id, seq, action, null, $9, unit_code, $10, legal_basis, details, prev_hash, hash
     from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::jsonb[],
       $7::text[], $8::text[])
       as x(record_id, seq, action, unit_code, legal_basis, details, prev_hash, hash)`,
    [
      ...columnLiterals(
        items.flatMap((item) => historyEntries(run, item, now)),
        ['record_id', 'seq', 'action', 'unit_code', 'legal_basis', 'details', 'prev_hash', 'hash'],
      ),
      IMPORT_ACTOR.role,
      now,
    ],
  );
  await insertLinks(sql, run, items);
}

/**
 * The records' columns as one array each, for unnest: cheaper for PostgreSQL than one JSON
 * document to take apart. Search keys are [a-z:] words, passed joined by spaces.
 */
function recordColumns(run: ImportRun, items: readonly NewRecord[]): string[] {
  const columns: (string | null)[][] = Array.from({ length: 12 }, () => []);
  for (const { row, recordId } of items) {
    const informant = row.declaration.informant as { language?: string } | undefined;
    const number = row.legacyNumber ?? null;
    const values = [
      recordId,
      row.unitCode,
      number ? 'registered' : 'notified',
      number,
      number ? (row.registrationDate ?? row.eventDate) : null,
      row.eventDate,
      JSON.stringify(row.declaration),
      JSON.stringify(row.statistical),
      row.informantWaId ?? null,
      informant?.language === 'en' ? 'en' : 'te',
      number ? 'legacy' : run.department === 'health' ? 'hospital' : run.department,
      keyNamesOnce(row.declaration).join(' '),
    ];
    values.forEach((value, i) => columns[i]?.push(value));
  }

  return columns.map(arrayLiteral);
}

function historyEntries(run: ImportRun, item: NewRecord, now: Date): Record<string, unknown>[] {
  const { row, recordId } = item;
  const first = chain(recordId, row.unitCode, now, GENESIS_HASH, {
    seq: 1,
    action: row.legacyNumber ? 'register' : 'notify',
    legalBasis: row.legacyNumber ? backfillBasis(run) : reportBasis(run),
    details: {
      eventType: 'birth',
      source: run.source,
      runId: run.id,
      row: row.rowNumber,
      importedBy: run.startedBy,
      ...(row.legacyNumber
        ? {
            registrationNumber: row.legacyNumber,
            registrationDate: row.registrationDate ?? row.eventDate,
          }
        : {}),
    },
  });
  const entries = [first];
  for (const otherRecordId of item.candidateIds) {
    const previous = entries[entries.length - 1] ?? first;
    entries.push(
      chain(recordId, row.unitCode, now, String(previous.hash), {
        seq: entries.length + 1,
        action: 'flag-duplicate',
        legalBasis: DUPLICATE_BASIS,
        details: { otherRecordId, reasons: DUPLICATE_REASONS },
      }),
    );
  }

  return entries;
}

function chain(
  recordId: string,
  unitCode: string,
  at: Date,
  prevHash: string,
  entry: { seq: number; action: string; legalBasis: string; details: Record<string, unknown> },
): Record<string, unknown> {
  const fields = {
    recordId,
    seq: entry.seq,
    action: entry.action,
    actorId: IMPORT_ACTOR.userId,
    actorRole: IMPORT_ACTOR.role,
    unitCode,
    at: at.toISOString(),
    legalBasis: entry.legalBasis,
    details: entry.details,
    prevHash,
  };

  return {
    record_id: recordId,
    seq: entry.seq,
    action: entry.action,
    unit_code: unitCode,
    legal_basis: entry.legalBasis,
    details: entry.details,
    prev_hash: prevHash,
    hash: hashHistoryEntry(fields),
  };
}

async function insertLinks(sql: Sql, run: ImportRun, items: readonly NewRecord[]): Promise<void> {
  const sources = items.map((item) => ({
    record_id: item.recordId,
    source_ref: sourceRef(run, item.row.rowNumber),
  }));
  await sql.query(
    `insert into record_sources (record_id, source, source_ref, run_id)
     select record_id, $3, source_ref, $4 from unnest($1::uuid[], $2::text[]) as x(record_id, source_ref)`,
    [...columnLiterals(sources, ['record_id', 'source_ref']), run.source, run.id],
  );
  const duplicates = items.flatMap((item) =>
    item.candidateIds.map((other) => ({ record_id: item.recordId, other_record_id: other })),
  );
  if (duplicates.length > 0)
    await sql.query(
      `insert into duplicate_candidates (record_id, other_record_id, reasons)
       select record_id, other_record_id, $3
       from unnest($1::uuid[], $2::uuid[]) as x(record_id, other_record_id)`,
      [...columnLiterals(duplicates, ['record_id', 'other_record_id']), DUPLICATE_REASONS],
    );
  const contacts = items.flatMap((item) =>
    item.row.legacyNumber && item.row.informantWaId
      ? [{ record_id: item.recordId, wa_id: item.row.informantWaId }]
      : [],
  );
  if (contacts.length > 0)
    await sql.query(
      `insert into record_contacts (record_id, role, wa_id)
       select record_id, 'informant', wa_id from unnest($1::uuid[], $2::text[]) as x(record_id, wa_id)`,
      columnLiterals(contacts, ['record_id', 'wa_id']),
    );
}
