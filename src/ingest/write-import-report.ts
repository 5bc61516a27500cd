import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Sql } from '../db/db.ts';
import { INGEST_TEXT, OUTCOME_TEXT } from '../messages/ingest.ts';
import type { FieldIssue } from '../shared/app-error.ts';
import type { RowOutcome } from './import-run.ts';

const PAGE_ROWS = 10_000;
const HEADER = [
  'row',
  'outcome',
  'outcome_te',
  'record_id',
  'registration_number',
  'field',
  'reason_en',
  'reason_te',
];

interface ReportRow {
  row_number: number;
  outcome: RowOutcome;
  record_id: string | null;
  registration_number: string | null;
  issues: FieldIssue[];
}

/**
 * Writes the report of an import run as CSV (UTF-8 with a byte-order mark, so spreadsheets
 * show the Telugu): one line per file row with its outcome, the record it made or was linked
 * to and, for a rejected row, every field and reason in English and Telugu. Read from the
 * stored outcomes, so a re-run writes the same report. Returns the number of lines.
 */
export async function writeImportReport(
  sql: Sql,
  options: { runId: string; path: string; isApplied: boolean },
): Promise<number> {
  const out = createWriteStream(options.path);
  out.write(`\uFEFF${HEADER.join(',')}\r\n`);
  let after = 0;
  let count = 0;

  for (;;) {
    const page = await sql.query<ReportRow>(
      `select row_number, outcome, record_id, registration_number, issues from import_rows
       where run_id = $1 and row_number > $2 order by row_number limit $3`,
      [options.runId, after, PAGE_ROWS],
    );
    for (const row of page)
      if (!out.write(reportLine(row, options.isApplied))) await once(out, 'drain');
    count += page.length;
    const last = page[page.length - 1];
    if (!last || page.length < PAGE_ROWS) break;

    after = last.row_number;
  }
  out.end();
  await once(out, 'finish');

  return count;
}

function reportLine(row: ReportRow, isApplied: boolean): string {
  if (!isApplied && row.outcome !== 'rejected') return notAppliedLine(row.row_number);

  const reasons =
    row.outcome === 'linked'
      ? [{ field: '', message: INGEST_TEXT.linked.en, messageTe: INGEST_TEXT.linked.te }]
      : row.issues;
  const cells = [
    String(row.row_number),
    OUTCOME_TEXT[row.outcome].en,
    OUTCOME_TEXT[row.outcome].te,
    row.record_id ?? '',
    row.registration_number ?? '',
    reasons
      .map((issue) => issue.field)
      .filter(Boolean)
      .join('; '),
    reasons.map((issue) => issue.message).join(' | '),
    reasons.map((issue) => issue.messageTe ?? '').join(' | '),
  ];

  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A good row of a file that --strict refused: nothing of it is in the register. */
function notAppliedLine(rowNumber: number): string {
  const { en, te } = OUTCOME_TEXT.notApplied;

  return `${[String(rowNumber), en, te, '', '', '', '', ''].map(csvCell).join(',')}\r\n`;
}

/** Quotes a cell when it needs it; a leading =, +, - or @ is neutralised against formula injection. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;

  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
