import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { importFixture } from '../../test/support/ingest-fixture.ts';
import { HOSPITAL, NOW } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { duplicateNameKey } from '../registry/flag-duplicates.ts';
import { openEvent } from '../registry/open-event.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { verifyHistory } from '../registry/verify-history.ts';

/** No checkpoints are made here: the chains alone are checked. */
const NO_CHECKPOINT_KEYS = { signing: undefined, trusted: new Map() };

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

/** A hospital's notification through the existing path: the event, no child's name. */
async function notify(birth: {
  date: string;
  time?: string;
  sex: string;
  mother: string;
  order?: number;
}): Promise<string> {
  const opened = await openEvent(
    db,
    HOSPITAL,
    {
      eventType: 'birth',
      declaration: {
        child: { sex: birth.sex },
        birth: {
          date: birth.date,
          time: birth.time,
          place: { type: 'facility', facilityId: 'TNL-GDH' },
        },
        mother: { name: { en: birth.mother } },
      },
      statistical: birth.order ? { multipleBirth: { plurality: 2, order: birth.order } } : {},
    },
    { isComplete: false, now: NOW },
  );

  return opened.recordId;
}

async function recordOf(id: string) {
  const [row] = await db.query<{
    status: string;
    registration_number: string | null;
    child: { en?: string } | null;
    sources: string[];
  }>(
    `select status, registration_number, declaration->'child'->'name' as child,
       array(select source from record_sources s where s.record_id = r.id order by source) as sources
     from records r where id = $1`,
    [id],
  );

  return row;
}

describe('linkage of department files with hospital notifications', () => {
  it('the blocking key in SQL folds names exactly as duplicateNameKey does', async () => {
    const names = [
      'Lakshmi Prasanna Kondaveeti',
      'Laxmi Prasanna Kondaviti',
      'Shree Devi',
      'Bhavani',
      'Srinivasa Rao',
      'Vijjaya Lakshmi',
    ];
    const id = await notify({ date: '2026-11-01', sex: 'female', mother: names[0] ?? '' });
    for (const name of names) {
      await db.query(
        "update records set declaration = jsonb_set(declaration, '{mother,name,en}', to_jsonb($2::text)) where id = $1",
        [id, name],
      );
      const [row] = await db.query<{ link_key: string }>(
        'select link_key from records where id = $1',
        [id],
      );
      expect(row?.link_key).toBe(duplicateNameKey(name));
    }
  });

  it("spelling variants: the hospital's notification without the child's name becomes the municipality's registration", async () => {
    const notified = await notify({
      date: '2026-11-20',
      time: '04:15',
      sex: 'female',
      mother: 'Laxmi Prasanna Kondaveeti',
    });

    const { summary, report } = await importFixture(db, 'link-spelling.csv');

    expect(summary.counts).toEqual({ accepted: 0, linked: 1, review: 0, rejected: 0 });
    expect(report[0]).toMatchObject({
      outcome: 'linked',
      record_id: notified,
      registration_number: 'TNL/B/2026/0501',
    });
    expect(await recordOf(notified)).toEqual({
      status: 'registered',
      registration_number: 'TNL/B/2026/0501',
      child: expect.objectContaining({ en: 'Harshini Kondaviti' }) as unknown,
      sources: ['hospital', 'tenali-municipality'],
    });
    const [count] = await db.query<{ n: number }>(
      'select count(*)::int as n from records where link_key = $1',
      [duplicateNameKey('Lakshmi Prasanna Kondaviti')],
    );
    expect(count?.n).toBe(1);
    expect((await verifyHistory(db, NO_CHECKPOINT_KEYS)).ok).toBe(true);
  });

  it('twins: each registration links to its own notified child and the two are never merged', async () => {
    const boy = await notify({
      date: '2026-11-21',
      time: '06:10',
      sex: 'male',
      mother: 'Naga Satya Bhavani Meka',
      order: 1,
    });
    const girl = await notify({
      date: '2026-11-21',
      time: '06:25',
      sex: 'female',
      mother: 'Naga Satya Bhavani Meka',
      order: 2,
    });

    const { summary, report } = await importFixture(db, 'link-twins.csv');

    expect(summary.counts).toEqual({ accepted: 0, linked: 2, review: 0, rejected: 0 });
    expect(report.map((line) => [line.record_id, line.registration_number])).toEqual([
      [girl, 'TNL/B/2026/0511'],
      [boy, 'TNL/B/2026/0512'],
    ]);
    expect((await recordOf(boy))?.child).toMatchObject({ en: 'Rama Meka' });
    expect((await recordOf(girl))?.child).toMatchObject({ en: 'Sita Meka' });
  });

  it('a date a day apart is uncertain: a new record waits for the registrar beside the notified one', async () => {
    const notified = await notify({ date: '2026-11-22', sex: 'male', mother: 'Rajeswari Bandi' });

    const { summary, report } = await importFixture(db, 'link-uncertain.csv');

    expect(summary.counts).toEqual({ accepted: 0, linked: 0, review: 1, rejected: 0 });
    expect(report[0]?.reason_en).toBe(
      'This may be the same birth as a record already held; the registrar decides.',
    );
    const candidates = await db.query<{
      record_id: string;
      other_record_id: string;
      status: string;
    }>(
      'select record_id, other_record_id, status from duplicate_candidates where other_record_id = $1',
      [notified],
    );
    expect(candidates).toEqual([
      { record_id: report[0]?.record_id, other_record_id: notified, status: 'open' },
    ]);
    expect((await verifyHistory(db, NO_CHECKPOINT_KEYS)).ok).toBe(true);
  });

  it("the other way round: a hospital's notification of a birth backfilled from a file becomes its second source", async () => {
    const { report } = await importFixture(db, 'dd-mm-yyyy.csv');
    const held = report[0]?.record_id ?? '';

    const notified = await notify({
      date: '2024-03-14',
      time: '06:45',
      sex: 'female',
      mother: 'Durga Bhavani Kondaveeti',
    });

    expect(notified).toBe(held);
    expect(await recordOf(held)).toMatchObject({
      status: 'registered',
      sources: ['hospital', 'tenali-municipality'],
    });
    const twin = await notify({
      date: '2024-03-14',
      time: '06:58',
      sex: 'male',
      mother: 'Durga Bhavani Kondaviti',
    });
    expect(twin).not.toBe(held);
  });
});
