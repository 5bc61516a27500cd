import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db, Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { indiaDate } from '../shared/india-time.ts';
import { applyBatch } from './apply-batch.ts';
import type { IngestSource } from './ingest-source.ts';
import type { ImportRun, RowOutcome } from './import-run.ts';
import { mapRow, type MappedRow } from './map-row.ts';
import { readDepartmentFile } from './read-department-file.ts';
import { missingColumns } from './read-row-fields.ts';
import { loadUnitDirectory, type UnitDirectory } from './unit-directory.ts';
import { writeImportReport } from './write-import-report.ts';

export interface ImportOptions {
  path: string;
  source: IngestSource;
  reportPath: string;
  /** Any rejected row makes the whole import apply nothing. */
  isStrict: boolean;
  /** Who ran it (the operating-system user of the CLI), written into the history. */
  startedBy: string;
  batchRows?: number;
  now?: Date;
  onProgress?: (progress: { rowsRead: number; fraction: number }) => void;
  /** Called after each committed batch (tests interrupt an import here). */
  afterBatch?: (batchIndex: number) => void;
}

export interface ImportSummary {
  runId: string;
  counts: Record<RowOutcome, number>;
  /** The same file from the same source was imported before: nothing changed. */
  wasImportedBefore: boolean;
  /** False when --strict refused the file for a rejected row: nothing was applied. */
  isApplied: boolean;
}

const DEFAULT_BATCH_ROWS = 2_000;

/**
 * Rows mapped between two turns of the event loop. Rows of one read chunk are mapped without
 * a turn in between, so the database's answer to the batch being written would wait tens of
 * milliseconds for Node; a turn every few hundred rows keeps both busy.
 */
const ROWS_PER_TURN = 250;

/** Thrown inside the strict transaction to roll it back once the report is written. */
class StrictRefusal extends Error {}

/**
 * Imports a department file (CSV or XLSX) through its source's mapping: every row is
 * validated, linked to the births already held, and applied in batches, each committed with
 * the run's checkpoint; an interrupted import re-run with the same file resumes after its
 * last committed batch, and a completed one changes nothing (one run per source and file
 * SHA-256). `isStrict` applies everything in one transaction, or nothing when any row is
 * rejected. Writes the row report to `reportPath` in every case.
 *
 * Fails with VALIDATION_FAILED when the file lacks a column every row needs.
 */
export async function importFile(db: Db, options: ImportOptions): Promise<ImportSummary> {
  await refuseOtherLayout(options.path, options.source);
  const sha256 = await fileSha256(options.path);
  const units = await loadUnitDirectory(db, options.source);
  const [held] = await db.query<{ id: string; status: string }>(
    'select id, status from import_runs where source = $1 and file_sha256 = $2',
    [options.source.name, sha256],
  );
  if (held?.status === 'completed')
    return finish(db, held.id, options, { wasImportedBefore: true });
  if (held && options.isStrict)
    throw new AppError(
      'INVALID_STATUS',
      'an import of this file was interrupted: run it again without --strict to resume it',
    );

  return options.isStrict
    ? importStrictly(db, { ...options, sha256, units })
    : importInBatches(db, { ...options, sha256, units, runId: held?.id });
}

async function importInBatches(
  db: Db,
  options: ImportOptions & { sha256: string; units: UnitDirectory; runId: string | undefined },
): Promise<ImportSummary> {
  const fresh = runOf(options, options.runId ?? randomUUID());
  // Two imports of one file at once (PostgreSQL) share its run: the batches' lock and
  // checkpoint keep each row applied once.
  const run = options.runId ? fresh : { ...fresh, id: await startRun(db, fresh, options) };

  await applyFile(options, (rows, now) =>
    db.transaction((tx) => applyBatch(tx, { run, rows, now })),
  );
  await db.query("update import_runs set status = 'completed', finished_at = now() where id = $1", [
    run.id,
  ]);

  return finish(db, run.id, options, { wasImportedBefore: false });
}

async function importStrictly(
  db: Db,
  options: ImportOptions & { sha256: string; units: UnitDirectory },
): Promise<ImportSummary> {
  const run = runOf(options, randomUUID());
  try {
    return await db.transaction(async (tx) => {
      await startRun(tx, run, options);
      await applyFile(options, (rows, now) => applyBatch(tx, { run, rows, now }));
      await tx.query(
        "update import_runs set status = 'completed', finished_at = now() where id = $1",
        [run.id],
      );
      const summary = await finish(tx, run.id, options, {
        wasImportedBefore: false,
        isStrict: true,
      });
      if (!summary.isApplied) throw new StrictRefusal(JSON.stringify(summary.counts));

      return summary;
    });
  } catch (error) {
    if (!(error instanceof StrictRefusal)) throw error;

    return {
      runId: run.id,
      counts: JSON.parse(error.message) as Record<RowOutcome, number>,
      wasImportedBefore: false,
      isApplied: false,
    };
  }
}

/** Reads, maps and hands the file's rows over in batches, skipping those already applied. */
async function applyFile(
  options: ImportOptions & { units: UnitDirectory; runId?: string },
  apply: (rows: MappedRow[], now: Date) => Promise<unknown>,
): Promise<void> {
  const now = options.now ?? new Date();
  const context = { source: options.source, units: options.units, today: indiaDate(now) };
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  let batch: MappedRow[] = [];
  let rowsRead = 0;
  let batchIndex = 0;
  // One batch is written while the next is read and mapped: the database and Node overlap.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const rows = batch;
    batch = [];
    await writing;
    writing = apply(rows, now).then(() => options.afterBatch?.(batchIndex++));
    writing.catch(() => undefined);
  };

  for await (const fileRow of readDepartmentFile(options.path, { sheet: options.source.sheet })) {
    rowsRead += 1;
    batch.push(mapRow(fileRow, context));
    if (rowsRead % ROWS_PER_TURN === 0) await nextTurn();
    if (batch.length >= batchRows) {
      await flush();
      options.onProgress?.({ rowsRead, fraction: fileRow.progress });
    }
  }
  if (batch.length > 0) await flush();
  await writing;
  options.onProgress?.({ rowsRead, fraction: 1 });
}

/** A file that is not this source's layout is refused whole, before any run starts. */
async function refuseOtherLayout(path: string, source: IngestSource): Promise<void> {
  let headers = new Set<string>();
  for await (const fileRow of readDepartmentFile(path, { sheet: source.sheet })) {
    headers = new Set(fileRow.cells.keys());
    break;
  }
  const missing = missingColumns(headers, source);
  if (missing.length === 0) return;

  throw new AppError(
    'VALIDATION_FAILED',
    `the file is not laid out as source ${source.name} expects`,
    {
      issues: missing.map((field) => ({
        field,
        message: `no column for ${field}: expected ${JSON.stringify(source.columns[field] ?? [])}`,
      })),
    },
  );
}

function runOf(options: ImportOptions & { sha256: string }, id: string): ImportRun {
  return {
    id,
    source: options.source.name,
    department: options.source.department,
    fileSha256: options.sha256,
    startedBy: options.startedBy,
  };
}

/** Starts the run of this source and file, or joins the one another process just started. */
async function startRun(sql: Sql, run: ImportRun, options: ImportOptions): Promise<string> {
  await sql.query(
    `insert into import_runs (id, source, file_name, file_sha256, is_strict, status, started_by, started_at)
     values ($1, $2, $3, $4, $5, 'running', $6, $7) on conflict (source, file_sha256) do nothing`,
    [
      run.id,
      run.source,
      basename(options.path),
      run.fileSha256,
      options.isStrict,
      run.startedBy,
      options.now ?? new Date(),
    ],
  );
  const [started] = await sql.query<{ id: string }>(
    'select id from import_runs where source = $1 and file_sha256 = $2',
    [run.source, run.fileSha256],
  );

  return started?.id ?? run.id;
}

async function finish(
  sql: Sql,
  runId: string,
  options: ImportOptions,
  flags: { wasImportedBefore: boolean; isStrict?: boolean },
): Promise<ImportSummary> {
  const rows = await sql.query<{ outcome: RowOutcome; count: number }>(
    'select outcome, count(*)::int as count from import_rows where run_id = $1 group by outcome',
    [runId],
  );
  const counts: Record<RowOutcome, number> = { accepted: 0, linked: 0, review: 0, rejected: 0 };
  for (const row of rows) counts[row.outcome] = row.count;
  const isApplied = !(flags.isStrict && counts.rejected > 0);
  await writeImportReport(sql, { runId, path: options.reportPath, isApplied });

  return { runId, counts, wasImportedBefore: flags.wasImportedBefore, isApplied };
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);

  return hash.digest('hex');
}
