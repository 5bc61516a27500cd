import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDb, type Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { computeVitalStatistics } from '../src/lake/compute-vital-statistics.ts';
import { exportLake } from '../src/lake/export-lake.ts';
import { RECORD_SOURCE } from '../src/lake/lake-records.ts';
import { readLakeBatches } from '../src/lake/read-lake-batches.ts';
import { seedUnits } from '../src/registry/seed-units.ts';
import { createPostgresDatabase, dropPostgresDatabase } from '../test/support/test-db.ts';
import { quantile, report } from './stats.ts';

/** Andhra Pradesh's 13 districts before 2022, four synthetic units each besides Tenali's. */
const DISTRICTS = [
  'Srikakulam',
  'Vizianagaram',
  'Visakhapatnam',
  'East Godavari',
  'West Godavari',
  'Krishna',
  'Guntur',
  'Prakasam',
  'Nellore',
  'Kurnool',
  'Kadapa',
  'Anantapur',
  'Chittoor',
];
const STATS_RUNS = 20;

const seconds = (startedMs: number): number => (performance.now() - startedMs) / 1000;

/**
 * BENCH_LAKE=1: the lake over BENCH_LAKE_RECORDS (1.3 million, a year of Andhra Pradesh)
 * synthetic records in a PostgreSQL database of its own: the first (full) export, an
 * incremental one after 1,000 changes, and the statistics' latency (p50, p99 over 20 runs,
 * state and one district). Baselines: reading the same rows from PostgreSQL alone, and DuckDB
 * writing as many rows from memory to partitioned Parquet.
 */
export async function runLakeBenchmark(records: number): Promise<void> {
  if (!process.env.DATABASE_URL)
    throw new Error('the lake benchmark runs on PostgreSQL: set DATABASE_URL');

  const url = await createPostgresDatabase(process.env.DATABASE_URL);
  const db = await openDb({ databaseUrl: url, dataDir: 'memory://' });
  const lakeDir = mkdtempSync(join(tmpdir(), 'patra-bench-lake-'));
  try {
    await migrate(db);
    let startedMs = performance.now();
    await fillRegister(db, records);
    console.log(
      `\nlake over ${records} records (births, deaths with causes, still-births; certificates sent for births):`,
    );
    console.log(`  filled PostgreSQL in ${seconds(startedMs).toFixed(0)} s`);

    const readSeconds = await timeReadOnly(db);
    const duckSeconds = await timeDuckDbOnly(records);
    const options = { lakeDir, secret: randomBytes(32), smallCellThreshold: 5 };
    startedMs = performance.now();
    const full = await exportLake(db, options);
    const fullSeconds = seconds(startedMs);
    report('  full export', fullSeconds, 's', {
      name: 'reading the rows from PostgreSQL alone',
      value: readSeconds,
      isHigherBetter: false,
    });
    report('  full export', fullSeconds, 's', {
      name: 'DuckDB writing as many rows from memory',
      value: duckSeconds,
      isHigherBetter: false,
    });
    console.log(`  rows: ${JSON.stringify(full.rows)}; ${full.files.length} files`);

    await db.query(
      `update records set is_cancelled = true where id in (select id from records order by id limit 1000)`,
    );
    startedMs = performance.now();
    const next = await exportLake(db, options);
    console.log(
      `  incremental export of 1,000 changed records: ${seconds(startedMs).toFixed(2)} s (${next.rows['deidentified/events'] ?? 0} rows)`,
    );

    await timeStatistics(lakeDir);
  } finally {
    await db.close();
    rmSync(lakeDir, { recursive: true, force: true });
    await dropPostgresDatabase(url);
  }
}

async function timeStatistics(lakeDir: string): Promise<void> {
  for (const district of [null, 'Krishna']) {
    const latencies: number[] = [];
    for (let i = 0; i < STATS_RUNS; i += 1) {
      const startedMs = performance.now();
      await computeVitalStatistics({ lakeDir, district });
      latencies.push(performance.now() - startedMs);
    }
    console.log(
      `  statistics (${district ?? 'state'}, every figure and Forms 11-13): p50 ${quantile(latencies, 0.5).toFixed(0)} ms, p99 ${quantile(latencies, 0.99).toFixed(0)} ms`,
    );
  }
}

/** Baseline: the export's own reads of every record, without building rows or Parquet. */
async function timeReadOnly(db: Db): Promise<number> {
  const startedMs = performance.now();
  let rows = 0;
  for await (const batch of readLakeBatches(db, RECORD_SOURCE, {
    isFull: true,
    highChangeId: 0,
    batchSize: 5_000,
  })) {
    rows += batch.length;
  }
  console.log(
    `  baseline: read ${rows} records from PostgreSQL in ${seconds(startedMs).toFixed(1)} s`,
  );

  return seconds(startedMs);
}

/** Baseline: DuckDB writing as many rows of similar width from memory to partitioned Parquet. */
async function timeDuckDbOnly(records: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'patra-bench-duck-'));
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    await duck.run(`create table t as select md5(i::varchar) as record_key, i % 3 as version,
        date '2024-01-01' + (i % 1095)::integer as event_date, 'birth' as event_type, 'TNL-M' as unit_code,
        2024 + (i % 3) as year, ['Guntur', 'Krishna', 'Kurnool'][1 + i % 3] as district
      from range(${records}) r(i)`);
    const startedMs = performance.now();
    await duck.run(`copy t to '${dir}/t' (format parquet, partition_by (year, district))`);

    return seconds(startedMs);
  } finally {
    duck.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Units in every district, then records, history, causes, messages and statuses in set-based SQL. */
async function fillRegister(db: Db, count: number): Promise<void> {
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  await db.query(
    `insert into units (code, kind, crs_code, name_en, name_te, mandal_en, mandal_te, district_en, district_te, registrar_office)
     select 'BENCH-' || d.n || '-' || u, case when u = 1 then 'municipality' else 'gram_panchayat' end,
       (80000 + d.n * 10 + u)::text, 'Unit ' || u, 'యూనిట్', d.name || ' mandal', 'మండలం', d.name, 'జిల్లా', 'Registrar'
     from unnest($1::text[]) with ordinality as d(name, n), generate_series(1, 4) as u`,
    [DISTRICTS],
  );
  const units = await db.query<{ code: string }>('select code from units order by code');
  await db.query(RECORDS_SQL, [count, units.map((unit) => unit.code)]);
  await db.query(`insert into record_history (record_id, seq, action, actor_role, unit_code, at, legal_basis, details, prev_hash, hash)
    select id, 1, 'register', 'registrar', unit_code, created_at + interval '1 hour', 'bench', '{}', '', md5(id::text) from records`);
  await db.query(`insert into cause_of_death (record_id, form, immediate_cause, icd10_underlying, certified_by, certified_on)
    select id, '4', 'cause', (array['I21.9','J18.9','A09','C34.9','E11.9','P07.3','V89.2','R99'])[1 + abs(hashtext(id::text)) % 8], 'Dr', event_date
    from records where event_type = 'death'`);
  await db.query(`insert into wa_messages (id, record_id, to_wa_id, kind, template_name, language, status, status_at, wa_message_id, created_at, error_code)
    select gen_random_uuid(), id, informant_wa_id, 'certificate', 'certificate_ready', 'te',
      case when abs(hashtext(id::text)) % 20 = 0 then 'failed' else 'delivered' end, created_at + interval '1 hour 2 minutes',
      'wamid.' || id, created_at + interval '1 hour', case when abs(hashtext(id::text)) % 20 = 0 then 131026 end
    from records where event_type = 'birth'`);
  await db.query(`insert into wa_status_events (wa_message_id, status, occurred_at)
    select wa_message_id, 'delivered', status_at from wa_messages where status = 'delivered'`);
  await db.exec('analyze');
}

/** 58% births, 40% deaths, 2% still-births over 2024-2026 in every unit, reported 0-60 days late. */
const RECORDS_SQL = `insert into records (id, event_type, unit_code, status, registration_number, registration_date,
    event_date, declaration, statistical, informant_wa_id, informant_language, created_at)
  select gen_random_uuid(), kind, unit, 'registered', 'X-' || i, (at + lag)::date, event,
    case when kind = 'death' then jsonb_build_object(
        'deceased', jsonb_build_object('name', jsonb_build_object('en', 'Person ' || i), 'sex', sex, 'age', jsonb_build_object('years', i % 90)),
        'death', jsonb_build_object('date', event::text, 'place', jsonb_build_object('type', place)),
        'informant', jsonb_build_object('name', jsonb_build_object('en', 'Informant ' || i), 'mobile', '+91 ' || (7000000000 + i)))
      else jsonb_build_object(
        'child', jsonb_build_object('sex', sex), 'mother', jsonb_build_object('name', jsonb_build_object('en', 'Mother ' || i)),
        'birth', jsonb_build_object('date', event::text, 'place', jsonb_build_object('type', place)),
        'informant', jsonb_build_object('name', jsonb_build_object('en', 'Informant ' || i), 'mobile', '+91 ' || (7000000000 + i)))
    end,
    jsonb_build_object('motherAgeYears', 18 + i % 25, 'gestationWeeks', 38),
    '91' || (7000000000 + i), 'te', at + lag
  from (select i,
      case when i % 50 = 0 then 'still_birth' when i % 5 < 2 then 'death' else 'birth' end as kind,
      ($2::text[])[1 + i % cardinality($2::text[])] as unit,
      date '2024-01-01' + (i % 1095) as event,
      (date '2024-01-01' + (i % 1095))::timestamptz + interval '5 hours' as at,
      ((i * 7) % 61) * interval '1 day' as lag,
      case when i % 2 = 0 then 'male' else 'female' end as sex,
      case when i % 10 < 8 then 'facility' else 'home' end as place
    from generate_series(1, $1) as i) s`;
