import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { importFixture } from '../../test/support/ingest-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { verifyHistory } from '../registry/verify-history.ts';

const FILE = 'twenty-four-births.csv';
const BATCH_ROWS = 5;
const NO_CHECKPOINT_KEYS = { signing: undefined, trusted: new Map() };

const databases: TestDatabase[] = [];

async function freshDb(): Promise<Db> {
  const test = await createTestDatabase();
  databases.push(test);
  await seedUnits(test.db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });

  return test.db;
}

afterAll(async () => {
  for (const test of databases) await test.drop();
});

/** What an import leaves in the register, without the ids and times that differ between runs. */
async function registerState(db: Db) {
  return {
    records: await db.query(
      `select legacy_number, status, event_date::text, declaration->'mother'->'name'->>'en' as mother
       from records order by legacy_number nulls last, mother`,
    ),
    outcomes: await db.query(
      'select row_number, outcome, registration_number, issues from import_rows order by row_number',
    ),
    counts: await db.query(
      `select (select count(*)::int from records) as records, (select count(*)::int from record_history) as history,
         (select count(*)::int from record_sources) as sources, (select count(*)::int from duplicate_candidates) as candidates,
         (select count(*)::int from record_contacts) as contacts, (select count(*)::int from import_runs) as runs`,
    ),
  };
}

let clean: Db;
let cleanState: Awaited<ReturnType<typeof registerState>>;

beforeAll(async () => {
  clean = await freshDb();
  await importFixture(clean, FILE, { batchRows: BATCH_ROWS });
  cleanState = await registerState(clean);
});

describe('import runs: crash safety, re-runs and --strict', () => {
  it('one clean run: 22 records, a rejected row, and two rows of one birth set for review', () => {
    expect(cleanState.counts).toEqual([
      { records: 23, history: 24, sources: 23, candidates: 1, contacts: 22, runs: 1 },
    ]);
    expect(
      cleanState.outcomes.filter((row) => (row as { outcome: string }).outcome !== 'accepted'),
    ).toMatchObject([
      { row_number: 8, outcome: 'rejected' },
      { row_number: 21, outcome: 'review' },
    ]);
  });

  it('an import that fails after two batches resumes on the next run and ends as one clean run, with no duplicates', async () => {
    const db = await freshDb();
    const interrupted = importFixture(db, FILE, {
      batchRows: BATCH_ROWS,
      afterBatch: (index) => {
        if (index === 1) throw new Error('power cut');
      },
    });

    await expect(interrupted).rejects.toThrow('power cut');
    expect(await db.query('select status, rows_done from import_runs')).toEqual([
      { status: 'running', rows_done: 11 },
    ]);
    expect(await db.query('select count(*)::int as n from records')).toEqual([{ n: 9 }]);

    const resumed = await importFixture(db, FILE, { batchRows: BATCH_ROWS });

    expect(resumed.summary.counts).toEqual({ accepted: 22, linked: 0, review: 1, rejected: 1 });
    expect(await registerState(db)).toEqual(cleanState);
    expect((await verifyHistory(db, NO_CHECKPOINT_KEYS)).ok).toBe(true);
  });

  it('two imports of one file at once share its run and apply each row once', async () => {
    const db = await freshDb();
    const [first, second] = await Promise.all([
      importFixture(db, FILE, { batchRows: BATCH_ROWS }),
      importFixture(db, FILE, { batchRows: BATCH_ROWS }),
    ]);

    expect(second.summary.runId).toBe(first.summary.runId);
    expect(await registerState(db)).toEqual(cleanState);
  });

  it('re-running a completed import changes nothing and writes the same report', async () => {
    const first = await importFixture(clean, FILE, { batchRows: BATCH_ROWS });
    const again = await importFixture(clean, FILE, { batchRows: 3 });

    expect(again.summary.wasImportedBefore).toBe(true);
    expect(again.report).toEqual(first.report);
    expect(await registerState(clean)).toEqual(cleanState);
  });

  it('--strict: one rejected row and nothing is applied; the report still says which and why', async () => {
    const db = await freshDb();
    const { summary, report } = await importFixture(db, FILE, {
      batchRows: BATCH_ROWS,
      isStrict: true,
    });

    expect(summary).toMatchObject({ isApplied: false, counts: { rejected: 1 } });
    expect(report).toHaveLength(24);
    expect(report[6]).toMatchObject({ row: '8', outcome: 'rejected', field: 'Date of Birth' });
    expect(report[0]).toMatchObject({ row: '2', outcome: 'not applied (--strict)', record_id: '' });
    expect((await registerState(db)).counts).toEqual([
      { records: 0, history: 0, sources: 0, candidates: 0, contacts: 0, runs: 0 },
    ]);
  });

  it('--strict with every row good applies them all in one transaction', async () => {
    const db = await freshDb();
    const { summary } = await importFixture(db, 'dd-mm-yyyy.csv', { isStrict: true });

    expect(summary).toMatchObject({ isApplied: true, counts: { accepted: 2, rejected: 0 } });
    expect(
      await db.query("select count(*)::int as n from records where status = 'registered'"),
    ).toEqual([{ n: 2 }]);
  });

  it('a file laid out for another source is refused whole, before any row', async () => {
    const db = await freshDb();
    const refused = importFixture(db, 'dd-mm-yyyy.csv', { source: 'tenali-panchayats' });

    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(readFileSync(`test/fixtures/ingest/${FILE}`, 'utf8')).toContain('Mother S Yadav');
    expect(await db.query('select count(*)::int as n from import_runs')).toEqual([{ n: 0 }]);
  });
});
