import type { Sql } from '../db/db.ts';
import { INGEST_TEXT } from '../messages/ingest.ts';
import type { FieldIssue } from '../shared/app-error.ts';
import { columnLiterals } from './array-literal.ts';
import { attachToHeld } from './attach-to-held.ts';
import type { ImportRun, RowOutcome } from './import-run.ts';
import { insertNewRecords, type NewRecord } from './insert-new-records.ts';
import { linkRows, type LinkDecision } from './link-rows.ts';
import type { IngestRow, MappedRow } from './map-row.ts';

interface OutcomeRow {
  row_number: number;
  outcome: RowOutcome;
  record_id: string | null;
  registration_number: string | null;
  issues: FieldIssue[];
}

/**
 * Applies one batch of mapped rows inside the caller's transaction and moves the run's
 * checkpoint past it: new records, sources attached to records held, rows for review, and
 * one outcome per row. The run row is locked first; a batch the checkpoint already passed
 * (another process, or a resumed run) is skipped, so no row is ever applied twice.
 * Returns the outcomes written, or undefined when the batch was already applied.
 */
export async function applyBatch(
  sql: Sql,
  options: { run: ImportRun; rows: readonly MappedRow[]; now: Date },
): Promise<RowOutcome[] | undefined> {
  const [lock] = await sql.query<{ rows_done: number }>(
    'select rows_done from import_runs where id = $1 for update',
    [options.run.id],
  );
  const rows = options.rows.filter((mapped) => lock && rowNumberOf(mapped) > lock.rows_done);
  const lastRow = rows[rows.length - 1];
  if (!lastRow) return undefined;

  const valid = rows.flatMap((mapped) => (mapped.ok ? [mapped.row] : []));
  const decisions = await linkRows(sql, valid, { source: options.run.source });
  const { outcomes, fresh } = sortDecisions(valid, decisions);

  await insertNewRecords(sql, options.run, fresh, options.now);
  for (const row of valid) {
    const decision = decisions.get(row.rowNumber);
    if (decision?.kind !== 'link') continue;

    const { recordId, isUpgrade } = decision;
    await attachToHeld(sql, { run: options.run, row, recordId, isUpgrade, now: options.now });
  }
  for (const mapped of rows)
    if (!mapped.ok) outcomes.set(mapped.rowNumber, rejected(mapped.rowNumber, mapped.issues));

  const written = [...outcomes.values()].sort((a, b) => a.row_number - b.row_number);
  await writeOutcomes(sql, options.run, written, rowNumberOf(lastRow));

  return written.map((row) => row.outcome);
}

/** Each valid row's outcome, and the rows that become records of their own. */
function sortDecisions(
  valid: readonly IngestRow[],
  decisions: Map<number, LinkDecision>,
): { outcomes: Map<number, OutcomeRow>; fresh: NewRecord[] } {
  const outcomes = new Map<number, OutcomeRow>();
  const fresh: NewRecord[] = [];
  for (const row of valid) {
    const decision = decisions.get(row.rowNumber);
    if (!decision) continue;

    if (decision.kind === 'number-taken') {
      outcomes.set(row.rowNumber, rejected(row.rowNumber, numberTaken()));
    } else if (decision.kind === 'link') {
      outcomes.set(row.rowNumber, outcome(row, 'linked', decision.recordId));
    } else {
      const isReview = decision.kind === 'review';
      fresh.push({
        row,
        recordId: decision.recordId,
        candidateIds: isReview ? decision.candidateIds : [],
      });
      outcomes.set(
        row.rowNumber,
        outcome(row, isReview ? 'review' : 'accepted', decision.recordId),
      );
    }
  }

  return { outcomes, fresh };
}

function rowNumberOf(mapped: MappedRow): number {
  return mapped.ok ? mapped.row.rowNumber : mapped.rowNumber;
}

function outcome(row: IngestRow, kind: RowOutcome, recordId: string): OutcomeRow {
  const issues: FieldIssue[] =
    kind === 'review'
      ? [{ field: '', message: INGEST_TEXT.review.en, messageTe: INGEST_TEXT.review.te }]
      : [];

  return {
    row_number: row.rowNumber,
    outcome: kind,
    record_id: recordId,
    registration_number: null,
    issues,
  };
}

function rejected(rowNumber: number, issues: FieldIssue[]): OutcomeRow {
  return {
    row_number: rowNumber,
    outcome: 'rejected',
    record_id: null,
    registration_number: null,
    issues,
  };
}

function numberTaken(): FieldIssue[] {
  return [
    {
      field: 'registrationNumber',
      message: INGEST_TEXT.numberTaken.en,
      messageTe: INGEST_TEXT.numberTaken.te,
    },
  ];
}

async function writeOutcomes(
  sql: Sql,
  run: ImportRun,
  rows: OutcomeRow[],
  rowsDone: number,
): Promise<void> {
  await sql.query(
    `insert into import_rows (run_id, row_number, outcome, record_id, registration_number, issues)
     select $5, x.row_number, x.outcome, x.record_id, r.registration_number, x.issues
     from unnest($1::int[], $2::text[], $3::uuid[], $4::jsonb[])
       as x(row_number, outcome, record_id, issues)
     left join records r on r.id = x.record_id`,
    [...columnLiterals(rows, ['row_number', 'outcome', 'record_id', 'issues']), run.id],
  );
  await sql.query('update import_runs set rows_done = $2 where id = $1', [run.id, rowsDone]);
}
