import type { Sql } from '../db/db.ts';
import { appendHistory } from '../registry/append-history.ts';
import { indexRecord } from '../registry/index-record.ts';
import { backfillBasis, IMPORT_ACTOR, sourceRef, type ImportRun } from './import-run.ts';
import type { IngestRow } from './map-row.ts';

const ATTACH_BASIS = 'RBD Act 1969 s.7(2) (the registrar keeps one entry per event)';

/**
 * Attaches a row's source to the record already held for the same birth, with an
 * `attach-source` entry in its history. When the row is a registration (it has the
 * department's number) and the held record is only notified or declared (a hospital's
 * notification, perhaps without the child's name), the record becomes that registration: the
 * details it lacked are filled from the row, the number is kept verbatim and `register` is
 * written with the backfill basis. A registered record's declaration is never edited.
 */
export async function attachToHeld(
  sql: Sql,
  options: { run: ImportRun; row: IngestRow; recordId: string; isUpgrade: boolean; now: Date },
): Promise<void> {
  const { run, row, recordId, now } = options;
  await sql.query(
    `insert into record_sources (record_id, source, source_ref, run_id) values ($1, $2, $3, $4)
     on conflict do nothing`,
    [recordId, run.source, sourceRef(run, row.rowNumber), run.id],
  );
  const [held] = await sql.query<{
    unit_code: string;
    status: string;
    declaration: Record<string, unknown>;
  }>('select unit_code, status, declaration from records where id = $1 for update', [recordId]);
  if (!held) return;

  const details = {
    source: run.source,
    runId: run.id,
    row: row.rowNumber,
    importedBy: run.startedBy,
  };
  await appendHistory(sql, {
    recordId,
    action: 'attach-source',
    actor: IMPORT_ACTOR,
    unitCode: held.unit_code,
    at: now,
    legalBasis: ATTACH_BASIS,
    details,
  });
  if (options.isUpgrade && held.status !== 'registered' && row.legacyNumber)
    await registerFromRow(sql, { ...options, legacyNumber: row.legacyNumber, held, details });
}

async function registerFromRow(
  sql: Sql,
  options: {
    run: ImportRun;
    row: IngestRow;
    recordId: string;
    now: Date;
    legacyNumber: string;
    held: { unit_code: string; declaration: Record<string, unknown> };
    details: Record<string, unknown>;
  },
): Promise<void> {
  const { row, recordId } = options;
  const registrationDate = row.registrationDate ?? row.eventDate;
  await sql.query(
    `update records set status = 'registered', registration_number = $2, legacy_number = $2,
       registration_date = $3, declaration = $4, informant_wa_id = coalesce(informant_wa_id, $5)
     where id = $1`,
    [
      recordId,
      options.legacyNumber,
      registrationDate,
      JSON.stringify(fillMissing(options.held.declaration, row.declaration)),
      row.informantWaId ?? null,
    ],
  );
  await sql.query(
    `insert into record_contacts (record_id, role, wa_id)
     select id, 'informant', informant_wa_id from records where id = $1 and informant_wa_id is not null
     on conflict do nothing`,
    [recordId],
  );
  await appendHistory(sql, {
    recordId,
    action: 'register',
    actor: IMPORT_ACTOR,
    unitCode: options.held.unit_code,
    at: options.now,
    legalBasis: backfillBasis(options.run),
    details: { ...options.details, registrationNumber: options.legacyNumber, registrationDate },
  });
  await indexRecord(sql, recordId);
}

/** The held declaration with what it lacks taken from the row; what it has stays as it is. */
export function fillMissing(
  held: Record<string, unknown>,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...held };
  for (const [key, value] of Object.entries(row)) {
    const mine = merged[key];
    if (mine === undefined || mine === null) merged[key] = value;
    else if (isObject(mine) && isObject(value)) merged[key] = fillMissing(mine, value);
  }

  return merged;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
