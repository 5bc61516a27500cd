import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Db } from '../db/db.ts';
import { countCausesByChapter } from './count-causes-by-chapter.ts';
import {
  CAUSES_BY_CHAPTER,
  DEIDENTIFIED_CONVERSATIONS,
  DEIDENTIFIED_DELIVERIES,
  DEIDENTIFIED_EVENTS,
  RESTRICTED_DELIVERIES,
  RESTRICTED_EVENTS,
} from './lake-tables.ts';
import {
  deliveryRows,
  inboundConversationRow,
  INBOUND_SOURCE,
  MESSAGE_SOURCE,
  outboundConversationRow,
  type InboundSourceRow,
  type MessageSourceRow,
} from './lake-messages.ts';
import { RECORD_SOURCE, recordRows, type RecordSourceRow } from './lake-records.ts';
import { createLakeWriter, type LakeWriter } from './lake-writer.ts';
import { publishLakeFiles } from './publish-lake-files.ts';
import { readLakeBatches, type BatchOptions } from './read-lake-batches.ts';

export interface LakeExportOptions {
  lakeDir: string;
  /** The state's secret for pseudonymous keys (loadLakeKey). */
  secret: Buffer;
  /** Cause-of-death cells below this are suppressed (PATRA_LAKE_SMALL_CELL, 5). */
  smallCellThreshold: number;
  now?: Date;
  batchSize?: number;
}

export interface LakeExport {
  runId: string;
  /** The first export writes every row; later ones only what changed since. */
  isFull: boolean;
  /** Rows written per `zone/table`. */
  rows: Record<string, number>;
  files: string[];
}

const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Exports the register and the WhatsApp channel to Parquet under `lakeDir`, partitioned by
 * year and district (Hive style), in two zones: `deidentified/` for analysts (pseudonymous
 * keys, no names, numbers, Aadhaar, addresses below the mandal or causes of death; causes only
 * as suppressed counts by ICD-10 chapter) and `restricted/` (ids, the full legal and
 * statistical parts, the cause of death). Incremental: the first run writes everything, later
 * runs only records and messages changed since (noted by migration 010's triggers), as new
 * files named after the run; readers keep the row of the latest `export_run` per key
 * (docs/vital-statistics.md). Files are written to a temporary folder and renamed into place,
 * then the watermark commits: a failure removes the run's temporary files, a crash leaves
 * whole files only, and either way the changes are exported again by the next run.
 * Side effects: files under `lakeDir`; a lake_runs row; exported lake_changes deleted.
 */
export async function exportLake(db: Db, options: LakeExportOptions): Promise<LakeExport> {
  const started = options.now ?? new Date();
  const runId = runIdOf(started);
  const watermark = await readWatermark(db, options.lakeDir);
  const tempDir = join(options.lakeDir, `.tmp-${runId}`);

  const rows = await writeRun(db, options, {
    runId,
    tempDir,
    batches: { ...watermark, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE },
  }).catch((error: unknown) => {
    rmSync(tempDir, { recursive: true, force: true });
    rmSync(`${tempDir}-staging`, { recursive: true, force: true });
    throw error;
  });
  const manifest = { runId, isFull: watermark.isFull, startedAt: started.toISOString(), rows };
  const files = publishLakeFiles({ tempDir, lakeDir: options.lakeDir, runId, manifest });

  await db.transaction(async (tx) => {
    await tx.query(
      `insert into lake_runs (id, started_at, finished_at, watermark_change_id, is_full, counts)
       values ($1, $2, now(), $3, $4, $5)`,
      [runId, started, watermark.highChangeId, watermark.isFull, JSON.stringify(rows)],
    );
    await tx.query('delete from lake_changes where id <= $1', [watermark.highChangeId]);
  });

  return { runId, isFull: watermark.isFull, rows, files };
}

/** A run id that sorts by time: run-20261204T043000123Z. */
function runIdOf(at: Date): string {
  return `run-${at.toISOString().replace(/[-:.]/g, '')}`;
}

/** How long the export waits for writing transactions to end before it gives up. */
const LOCK_TIMEOUT = '10s';

/**
 * The watermark: the highest change id once every transaction that noted a change has ended.
 * The EXCLUSIVE lock conflicts with the triggers' inserts (ROW EXCLUSIVE), so taking it waits
 * for those transactions, and holds new writers back only for this one statement's
 * transaction. The database keeps one lake: a folder that holds no finished run yet (a new
 * one) gets everything.
 */
async function readWatermark(
  db: Db,
  lakeDir: string,
): Promise<{ highChangeId: number; isFull: boolean }> {
  const row = await db.transaction(async (tx) => {
    await tx.query(`set local lock_timeout = '${LOCK_TIMEOUT}'`);
    await tx.query('lock table lake_changes in exclusive mode');
    const [high] = await tx.query<{ high: number; has_runs: boolean }>(
      `select coalesce(max(id), 0)::bigint as high, exists (select 1 from lake_runs) as has_runs
       from lake_changes`,
    );

    return high;
  });
  if (!row) throw new Error('the database answered no watermark');

  return { highChangeId: row.high, isFull: !row.has_runs || !existsSync(join(lakeDir, '_runs')) };
}

async function writeRun(
  db: Db,
  options: LakeExportOptions,
  run: { runId: string; tempDir: string; batches: BatchOptions },
): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    const writer = createLakeWriter(duck, {
      dir: run.tempDir,
      stagingDir: `${run.tempDir}-staging`,
      runId: run.runId,
    });

    await stageRecords(db, writer, { ...options, ...run });
    await stageMessages(db, writer, { ...options, ...run });
    const causes = await countCausesByChapter(db, {
      threshold: options.smallCellThreshold,
      runId: run.runId,
    });
    await writer.add(CAUSES_BY_CHAPTER, causes);

    return await writer.finish();
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

type StageOptions = LakeExportOptions & { runId: string; batches: BatchOptions };

async function stageRecords(db: Db, writer: LakeWriter, options: StageOptions): Promise<void> {
  for await (const batch of readLakeBatches<RecordSourceRow>(db, RECORD_SOURCE, options.batches)) {
    const rows = batch.map((row) => recordRows(row, options.secret, options.runId));
    await writer.add(
      DEIDENTIFIED_EVENTS,
      rows.map((row) => row.deidentified),
    );
    await writer.add(
      RESTRICTED_EVENTS,
      rows.map((row) => row.restricted),
    );
  }
}

async function stageMessages(db: Db, writer: LakeWriter, options: StageOptions): Promise<void> {
  for await (const batch of readLakeBatches<MessageSourceRow>(
    db,
    MESSAGE_SOURCE,
    options.batches,
  )) {
    const rows = batch.map((row) => deliveryRows(row, options.secret, options.runId));
    await writer.add(
      DEIDENTIFIED_DELIVERIES,
      rows.map((row) => row.deidentified),
    );
    await writer.add(
      RESTRICTED_DELIVERIES,
      rows.map((row) => row.restricted),
    );
    await writer.add(
      DEIDENTIFIED_CONVERSATIONS,
      batch.map((row) => outboundConversationRow(row, options.secret, options.runId)),
    );
  }

  for await (const batch of readLakeBatches<InboundSourceRow>(
    db,
    INBOUND_SOURCE,
    options.batches,
  )) {
    await writer.add(
      DEIDENTIFIED_CONVERSATIONS,
      batch.map((row) => inboundConversationRow(row, options.secret, options.runId)),
    );
  }
}
