import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, REGISTRAR, birthOn } from '../../test/support/lifecycle-fixture.ts';
import {
  PERSONAL_STRINGS,
  seedLakeRecords,
  type LakeSeed,
} from '../../test/support/lake-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { cancelRecord } from '../registry/cancel-record.ts';
import { openEvent } from '../registry/open-event.ts';
import { registerEvent } from '../registry/register-event.ts';
import { exportLake, type LakeExport } from './export-lake.ts';
import { pseudonymOf } from './lake-key.ts';

let test: TestDatabase;
let seed: LakeSeed;
let lakeDir: string;
let first: LakeExport;
let duck: DuckDBConnection | undefined;
const secret = randomBytes(32);

beforeAll(async () => {
  lakeDir = mkdtempSync(join(tmpdir(), 'patra-lake-'));
  test = await createTestDatabase();
  seed = await seedLakeRecords(test.db);
  first = await exportLake(test.db, { lakeDir, secret, smallCellThreshold: 5, now: NOW });
  duck = await (await DuckDBInstance.create(':memory:')).connect();
}, 60_000);

afterAll(async () => {
  duck?.closeSync();
  rmSync(lakeDir, { recursive: true, force: true });
  await test.drop();
});

const parquet = (zone: string, table: string): string =>
  `read_parquet('${lakeDir}/${zone}/${table}/**/*.parquet', hive_partitioning = true, union_by_name = true)`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  if (!duck) throw new Error('no DuckDB');

  return (await duck.runAndReadAll(sql)).getRowObjectsJson();
}

describe('the first export', () => {
  it('writes every record once, partitioned by year and district, in both zones', () => {
    expect(first.isFull).toBe(true);
    expect(first.rows['deidentified/events']).toBe(12);
    expect(first.rows['restricted/events']).toBe(12);
    expect(readdirSync(join(lakeDir, 'deidentified/events'))).toEqual(['year=2026']);
    expect(readdirSync(join(lakeDir, 'deidentified/events/year=2026'))).toEqual([
      'district=Guntur',
    ]);
    expect(readdirSync(join(lakeDir, '_runs'))).toEqual([`${first.runId}.json`]);
    expect(readdirSync(lakeDir).sort()).toEqual(['_runs', 'deidentified', 'restricted']);
  });

  it('keys records by a keyed hash that is the same every time and is not the id', async () => {
    const [row] = await rows(
      `select record_key from ${parquet('deidentified', 'events')} where event_type = 'still_birth'`,
    );
    expect(row?.record_key).toBe(pseudonymOf(secret, 'record', seed.stillBirth));
    expect(row?.record_key).not.toContain(seed.stillBirth.slice(0, 8));
  });

  it('leaves no name, phone, Aadhaar, address or cause in any string of the de-identified zone', async () => {
    for (const table of ['events', 'deliveries', 'conversations', 'causes_of_death_by_chapter']) {
      const all = await rows(`select * from ${parquet('deidentified', table)}`);
      expect(all.length).toBeGreaterThan(0);
      const text = JSON.stringify(all);
      for (const personal of PERSONAL_STRINGS)
        expect(text, `${table} holds ${personal}`).not.toContain(personal);
      expect(text).not.toContain(seed.births[0]);
    }
  });

  it('keeps the cause of death and the record id in the restricted zone', async () => {
    const [row] = await rows(
      `select record_id, icd10_underlying, immediate_cause from ${parquet('restricted', 'events')} where record_id = '${seed.deaths[5]}'`,
    );
    expect(row).toEqual({
      record_id: seed.deaths[5],
      icd10_underlying: 'P07.3',
      immediate_cause: 'Prematurity',
    });
  });

  it('counts causes by ICD-10 chapter and suppresses cells under five', async () => {
    const cells = await rows(
      `select chapter, sex, deaths, is_suppressed from ${parquet('deidentified', 'causes_of_death_by_chapter')} order by chapter`,
    );
    expect(cells).toEqual([
      { chapter: 'IX', sex: 'male', deaths: 5, is_suppressed: false },
      { chapter: 'XVI', sex: 'female', deaths: null, is_suppressed: true },
    ]);
  });

  it('bands ages instead of giving them, and marks the infant death', async () => {
    const deaths = await rows(
      `select age_at_death_band as band, is_infant_death as infant, count(*)::integer as n from ${parquet('deidentified', 'events')}
       where event_type = 'death' group by all order by band`,
    );
    expect(deaths).toEqual([
      { band: '70_and_over', infant: false, n: 5 },
      { band: 'under_1', infant: true, n: 1 },
    ]);
  });
});

describe('the next export', () => {
  it('writes only the record registered since, as new files of its own run', async () => {
    const { recordId } = await openEvent(test.db, REGISTRAR, birthOn('2026-12-03'), {
      isComplete: true,
      now: NOW,
    });
    await registerEvent(test.db, REGISTRAR, recordId, NOW);

    const second = await exportLake(test.db, {
      lakeDir,
      secret,
      smallCellThreshold: 5,
      now: new Date(NOW.getTime() + 60_000),
    });

    expect(second.isFull).toBe(false);
    expect(second.rows['deidentified/events']).toBe(1);
    expect(second.rows['deidentified/deliveries']).toBeUndefined();
    const newest = await rows(
      `select record_key, export_run from ${parquet('deidentified', 'events')} where export_run = '${second.runId}'`,
    );
    expect(newest).toEqual([
      { record_key: pseudonymOf(secret, 'record', recordId), export_run: second.runId },
    ]);
  });

  it('writes a cancelled record again with its latest state, and the newest run wins', async () => {
    const evidence = [{ kind: 'document', reference: 'memo' }];
    await cancelRecord(
      test.db,
      REGISTRAR,
      seed.births[2] ?? '',
      { reason: 'duplicate', evidence },
      NOW,
    );

    const next = await exportLake(test.db, {
      lakeDir,
      secret,
      smallCellThreshold: 5,
      now: new Date(NOW.getTime() + 90_000),
    });

    expect(next.rows['deidentified/events']).toBe(1);
    const key = pseudonymOf(secret, 'record', seed.births[2] ?? '');
    const versions = await rows(
      `select is_cancelled from ${parquet('deidentified', 'events')} where record_key = '${key}' order by export_run`,
    );
    expect(versions).toEqual([{ is_cancelled: false }, { is_cancelled: true }]);
    const current = await rows(
      `select count(*)::integer as births from (select * from ${parquet('deidentified', 'events')}
         qualify row_number() over (partition by record_key order by export_run desc) = 1)
       where event_type = 'birth' and not is_cancelled`,
    );
    expect(current).toEqual([{ births: 5 }]);
  });

  it('writes nothing when nothing changed', async () => {
    const third = await exportLake(test.db, {
      lakeDir,
      secret,
      smallCellThreshold: 5,
      now: new Date(NOW.getTime() + 120_000),
    });

    expect(third.rows['deidentified/events']).toBeUndefined();
    expect(third.rows['deidentified/causes_of_death_by_chapter']).toBe(2);
  });
});
