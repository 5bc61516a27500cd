import { join } from 'node:path';
import { loadConfig } from '../config/config.ts';
import { openDb } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { exportLake } from '../lake/export-lake.ts';
import { loadLakeKey } from '../lake/lake-key.ts';
import { loadLakeSettings } from '../lake/lake-settings.ts';

/**
 * `patra lake export [--out DIR]`: writes the lake's Parquet files (PATRA_LAKE_DIR, else
 * `<data>/lake`), on PostgreSQL (DATABASE_URL) or the embedded database with the server
 * stopped. Prints the run, what it wrote and how long it took.
 */
export async function runLakeExport(options: { outDir?: string }): Promise<number> {
  const config = loadConfig();
  const settings = loadLakeSettings(process.env, config.dataDir);
  const lakeDir = options.outDir ?? settings.lakeDir;
  const secret = loadLakeKey({ dataDir: config.dataDir, lakeKey: settings.lakeKey });

  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  try {
    await migrate(db);
    const startedMs = performance.now();
    const result = await exportLake(db, {
      lakeDir,
      secret,
      smallCellThreshold: settings.smallCellThreshold,
    });
    const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);

    console.log(
      `${result.runId} (${result.isFull ? 'full' : 'changes since the last run'}) in ${seconds} s → ${lakeDir}`,
    );
    for (const [table, rows] of Object.entries(result.rows))
      console.log(`  ${table}: ${rows} rows`);
    console.log(`  ${result.files.length} files`);

    return 0;
  } finally {
    await db.close();
  }
}
