import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { copyStagedToParquet } from './lake-staging.ts';
import type { LakeRow, LakeTable } from './lake-tables.ts';

/** Stages rows per lake table and writes them as Parquet files of one export run. */
export interface LakeWriter {
  add(table: LakeTable, rows: readonly LakeRow[]): Promise<void>;
  /** Writes what is staged; returns the rows written per table (`zone/table`). */
  finish(): Promise<Record<string, number>>;
}

interface Staged {
  file: string;
  rows: number;
}

/**
 * A writer into `dir` (the run's temporary folder). Rows are appended to one
 * newline-delimited JSON file per table in `stagingDir` as they come, so memory stays flat at
 * any size; `finish` writes each table once, one Parquet file per partition, named
 * `<runId>-<i>`, and removes the staging files.
 */
export function createLakeWriter(
  duck: DuckDBConnection,
  options: { dir: string; stagingDir: string; runId: string },
): LakeWriter {
  const staged = new Map<LakeTable, Staged>();
  mkdirSync(options.stagingDir, { recursive: true });

  return {
    add: (table, rows) => {
      if (rows.length === 0) return Promise.resolve();

      const entry = staged.get(table) ?? {
        file: join(options.stagingDir, `${table.zone}-${table.name}.ndjson`),
        rows: 0,
      };
      appendFileSync(entry.file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
      staged.set(table, { ...entry, rows: entry.rows + rows.length });

      return Promise.resolve();
    },
    finish: async () => {
      const written: Record<string, number> = {};
      for (const [table, entry] of staged) {
        await copyStagedToParquet(duck, table, {
          stagedFile: entry.file,
          dir: options.dir,
          filePrefix: options.runId,
        });
        written[`${table.zone}/${table.name}`] = entry.rows;
      }
      rmSync(options.stagingDir, { recursive: true, force: true });

      return written;
    },
  };
}
