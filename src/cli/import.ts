import { CsvError } from 'csv-parse';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/config.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { importFile, type ImportSummary } from '../ingest/import-file.ts';
import { loadIngestSource, type IngestSource } from '../ingest/ingest-source.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { AppError } from '../shared/app-error.ts';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');
const BAR_WIDTH = 30;
const PLAIN_EVERY_ROWS = 50_000;

/** Exit codes: every row accepted, linked or set for review; some rejected; could not run. */
const EXIT = { ok: 0, rejected: 1, cannotRun: 2 } as const;

const USAGE = 'usage: patra import <file> --source NAME [--strict] [--report FILE]';

/** Reads the command line of `patra import`; a wrong one is a usage error (exit 2). */
export async function runImportCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        strict: { type: 'boolean' },
        report: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);

    return EXIT.cannotRun;
  }

  const { values, positionals } = parsed;
  const [file] = positionals;
  if (!file || !values.source || positionals.length > 1) {
    console.error(USAGE);

    return EXIT.cannotRun;
  }

  return runImport({
    file,
    sourceName: values.source,
    isStrict: values.strict === true,
    reportPath: values.report,
  });
}

/**
 * `patra import <file> --source <name> [--strict] [--report FILE]`: imports a department's
 * CSV or XLSX file, shows progress on stderr, writes the row report and prints the counts.
 * Exit 0 when no row was rejected, 1 when some were, 2 when the import could not run.
 */
export async function runImport(options: {
  file: string;
  sourceName: string;
  isStrict: boolean;
  reportPath: string | undefined;
}): Promise<number> {
  const source = readSource(options.sourceName);
  if (!source) return EXIT.cannotRun;
  if (!existsSync(options.file)) {
    console.error(`cannot read ${options.file}: no such file`);

    return EXIT.cannotRun;
  }

  const db = await openDatabase();
  if (!db) return EXIT.cannotRun;

  try {
    await migrate(db);
    await seedUnits(db, {
      units: join(SEED_DIR, 'tenali-pilot-units.csv'),
      facilities: join(SEED_DIR, 'tenali-facilities.csv'),
    });
    const reportPath = options.reportPath ?? `${options.file}.report.csv`;
    const summary = await importFile(db, {
      path: options.file,
      source,
      reportPath,
      isStrict: options.isStrict,
      startedBy: userInfo().username,
      onProgress: progressPrinter(),
    });
    printSummary(summary, reportPath);

    return summary.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
  } catch (error) {
    if (error instanceof CsvError) {
      // The batches before the bad line stay applied and checkpointed: a re-run of the mended
      // file goes on from there.
      console.error(`cannot read ${options.file} at line ${String(error.lines)}: ${error.message}`);

      return EXIT.cannotRun;
    }
    if (!(error instanceof AppError)) throw error;
    console.error(`cannot import ${options.file}: ${error.message}`);
    for (const issue of error.issues) console.error(`  ${issue.field}: ${issue.message}`);

    return EXIT.cannotRun;
  } finally {
    await db.close();
  }
}

function readSource(name: string): IngestSource | undefined {
  try {
    return loadIngestSource(join(SEED_DIR, 'ingest-sources'), name);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`source ${name}: ${error.message} (sources are seed/ingest-sources/<name>.json)`);
    for (const issue of error.issues) console.error(`  ${issue.field}: ${issue.message}`);

    return undefined;
  }
}

/** The embedded database allows one process: while the server holds it, say so plainly. */
async function openDatabase(): Promise<Db | undefined> {
  const config = loadConfig();
  try {
    return await openDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  } catch (error) {
    console.error(
      `cannot open the database: ${error instanceof Error ? error.message : String(error)}`,
    );

    return undefined;
  }
}

/** A bar on a terminal; on a pipe or a log, a plain line every 50,000 rows. */
function progressPrinter(): (progress: { rowsRead: number; fraction: number }) => void {
  let nextPlain = PLAIN_EVERY_ROWS;

  return ({ rowsRead, fraction }) => {
    if (process.stderr.isTTY) {
      const filled = Math.round(Math.min(1, fraction) * BAR_WIDTH);
      const percent = Math.round(fraction * 100);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%  ${rowsRead.toLocaleString('en-IN')} rows`,
      );
      if (fraction >= 1) process.stderr.write('\n');

      return;
    }
    if (rowsRead >= nextPlain || fraction >= 1) {
      process.stderr.write(`${rowsRead} rows read\n`);
      nextPlain = rowsRead + PLAIN_EVERY_ROWS;
    }
  };
}

function printSummary(summary: ImportSummary, reportPath: string): void {
  const { accepted, linked, review, rejected } = summary.counts;
  if (summary.wasImportedBefore)
    console.log('This file was imported from this source before: nothing changed.');
  console.log(
    `accepted ${accepted}, linked to a record held ${linked}, waiting for review ${review}, rejected ${rejected}`,
  );
  if (!summary.isApplied)
    console.log(`--strict: ${rejected} row(s) rejected, so nothing was applied.`);
  console.log(`report: ${reportPath}`);
}
