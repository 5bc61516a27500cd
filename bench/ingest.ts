import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDb, type Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { importFile } from '../src/ingest/import-file.ts';
import { IngestSourceSchema } from '../src/ingest/ingest-source.ts';
import { seedUnits } from '../src/registry/seed-units.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { report } from './stats.ts';

const UNITS = [
  'TNL-M',
  'TNL-GP-ANG',
  'TNL-GP-NDV',
  'TNL-GP-KLK',
  'TNL-GP-BRP',
  'TNL-GP-JGP',
  'TNL-GP-PDR',
  'TNL-GP-KCP',
  'KLP-GP-KLP',
  'KLP-GP-MNG',
  'DGR-GP-DGR',
  'DGR-GP-EMN',
  'DGR-GP-CLV',
  'CBR-GP-CBR',
];
const FIRST = [
  'Srinivasa',
  'Lakshmi',
  'Venkata',
  'Durga',
  'Bhavani',
  'Naga',
  'Satya',
  'Padma',
  'Anjali',
  'Madhavi',
  'Kumari',
  'Sarada',
  'Swapna',
  'Rajeswari',
  'Sita',
  'Radha',
  'Aruna',
  'Jyothi',
  'Vani',
  'Sailaja',
];
const SURNAMES = [
  'Kondaveeti',
  'Gummadi',
  'Alapati',
  'Nadendla',
  'Tummala',
  'Kolli',
  'Paruchuri',
  'Ravipati',
  'Yarlagadda',
  'Vemuri',
  'Chennupati',
  'Garapati',
  'Jasti',
  'Kaza',
  'Lanka',
  'Mannava',
  'Nuthalapati',
  'Pinnamaneni',
  'Sunkara',
  'Talluri',
];
const HEADER =
  'Registration No,Registration Date,Gram Panchayat,Date of Birth,Sex,Child Name,Mother Name,Address,Mobile';
/** One row in twenty reports again a birth already in the file (as a second department would). */
const REPEAT_EVERY = 20;

/** A bench source: every pilot unit, the unit named in a column. */
const SOURCE = IngestSourceSchema.parse({
  name: 'bench-year',
  department: 'panchayat_raj',
  eventType: 'birth',
  units: UNITS,
  dateFormats: ['DD/MM/YYYY'],
  columns: {
    registrationNumber: ['Registration No'],
    registrationDate: ['Registration Date'],
    unit: ['Gram Panchayat'],
    eventDate: ['Date of Birth'],
    sex: ['Sex'],
    childNameEn: ['Child Name'],
    motherNameEn: ['Mother Name'],
    addressEn: ['Address'],
    informantMobile: ['Mobile'],
  },
  sexValues: { M: 'male', F: 'female' },
});

/** Writes a year of births as a department's CSV: `rows` lines over 14 units and 365 days. */
async function writeYear(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  for (let i = 0; i < rows; i += 1) {
    const birth = i % REPEAT_EVERY === REPEAT_EVERY - 1 ? i - REPEAT_EVERY + 1 : i;
    const day = new Date(Date.UTC(2025, 0, 1) + (birth % 365) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2025`;
    const mother = `${FIRST[birth % 20] ?? ''} ${String.fromCharCode(65 + ((birth >> 5) % 26))}${String.fromCharCode(65 + ((birth >> 10) % 26))} ${SURNAMES[(birth >> 3) % 20] ?? ''}`;
    const line = [
      `LEG/${i}`,
      date,
      UNITS[birth % UNITS.length],
      date,
      birth % 2 ? 'M' : 'F',
      `Child ${i}`,
      mother,
      `${birth % 900}-1 Main Road`,
      String(9_000_000_000 + (birth % 99_999_999)),
    ];
    if (!out.write(`${line.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface IngestFigures {
  copyPerSecond: number;
  importPerSecond: number;
  counts: Record<string, number>;
  /** CPU time of the importing Node process per row (parsing, mapping, linkage, hashing). */
  nodeCpuMicrosPerRow: number;
  /** CPU time of the database's server processes per row, where /proc shows them. */
  serverCpuMicrosPerRow: number | undefined;
}

/**
 * Records ingested per second with linkage on PostgreSQL (issue #6: a year of Andhra Pradesh,
 * 1.3 million events, in under two minutes), against a plain `COPY` of the same file into a
 * table of text columns: the floor of what PostgreSQL itself takes to load these bytes.
 */
export async function measureIngestRate(options: {
  rows: number;
  batchRows: number;
}): Promise<IngestFigures> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('the ingest benchmark needs DATABASE_URL (PostgreSQL)');

  const dir = mkdtempSync(join(tmpdir(), 'patra-ingest-bench-'));
  const file = join(dir, 'year.csv');
  await writeYear(file, options.rows);
  const url = await createPostgresDatabase(adminUrl);
  const db = await openDb({ databaseUrl: url, dataDir: dir });
  try {
    await migrate(db);
    await seedUnits(db, {
      units: 'seed/tenali-pilot-units.csv',
      facilities: 'seed/tenali-facilities.csv',
    });
    await db.query(
      'create table bench_copy (a text, b text, c text, d text, e text, f text, g text, h text, i text)',
    );
    const copyStarted = performance.now();
    execFileSync('psql', [url, '-q', '-c', `\\copy bench_copy from '${file}' csv header`]);
    const copySeconds = (performance.now() - copyStarted) / 1000;

    const started = performance.now();
    const nodeCpuBefore = process.cpuUsage();
    const summary = await importFile(db, {
      path: file,
      source: SOURCE,
      reportPath: join(dir, 'report.csv'),
      isStrict: false,
      startedBy: 'bench',
      batchRows: options.batchRows,
    });
    const importSeconds = (performance.now() - started) / 1000;
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    const serverCpuSeconds = await backendCpuSeconds(db);

    return {
      copyPerSecond: options.rows / copySeconds,
      importPerSecond: options.rows / importSeconds,
      counts: summary.counts,
      nodeCpuMicrosPerRow: (nodeCpu.user + nodeCpu.system) / options.rows,
      serverCpuMicrosPerRow:
        serverCpuSeconds === undefined ? undefined : (serverCpuSeconds * 1e6) / options.rows,
    };
  } finally {
    await db.close();
    await dropPostgresDatabase(url);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const CLOCK_TICKS = 100;

/**
 * CPU seconds spent by this database's server processes, read from /proc (Linux, server on
 * this machine): the share of PostgreSQL in the cost of a row, apart from the machine's load.
 */
async function backendCpuSeconds(db: Db): Promise<number | undefined> {
  const backends = await db.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  try {
    return backends.reduce((total, { pid }) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];

      return total + (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    }, 0);
  } catch {
    return undefined;
  }
}

/** The goal of issue #6: 1.3 million events in under two minutes. */
const GOAL_ROWS_PER_SECOND = 1_300_000 / 120;

/** Prints the ingest figures: records per second with linkage, beside COPY and the goal. */
export async function runIngestBenchmark(options: {
  rows: number;
  batchRows: number;
}): Promise<void> {
  const measured = await measureIngestRate(options);
  const { accepted, linked, review, rejected } = measured.counts;
  console.log(
    `\ndepartment file import on PostgreSQL, ${options.rows} rows in batches of ${options.batchRows} (validation, linkage, history, sources, report):`,
  );
  console.log(
    `  outcomes: accepted ${accepted}, linked ${linked}, review ${review}, rejected ${rejected}`,
  );
  report('  plain COPY of the same file (baseline)', measured.copyPerSecond, 'rows/s', {
    name: 'the goal',
    value: Math.round(GOAL_ROWS_PER_SECOND),
    isHigherBetter: true,
  });
  report('  patra import with linkage', measured.importPerSecond, 'rows/s', {
    name: 'the goal',
    value: Math.round(GOAL_ROWS_PER_SECOND),
    isHigherBetter: true,
  });
  console.log(
    `  import / COPY: ${(measured.importPerSecond / measured.copyPerSecond).toFixed(3)}x; 1.3 million rows would take ${(1_300_000 / measured.importPerSecond / 60).toFixed(1)} min`,
  );
  const server = measured.serverCpuMicrosPerRow;
  console.log(
    `  CPU per row: Node ${measured.nodeCpuMicrosPerRow.toFixed(0)} µs, PostgreSQL ${server === undefined ? 'unknown' : `${server.toFixed(0)} µs`} (what the rate would be on an idle machine depends on these, not on the load)`,
  );
}
