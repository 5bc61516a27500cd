import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { NOW, REGISTRAR, birthOn } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { useAadhaarKey } from '../registry/aadhaar-key.ts';
import { openEvent } from '../registry/open-event.ts';
import { seedAccounts } from '../registry/seed-accounts.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { DEMO_EVENTS, demoNumber } from './demo-plan.ts';
import { seedDemoData, type FailNext } from './seed-demo-data.ts';

let test: TestDatabase;
let db: Db;
const failures: Parameters<FailNext>[0][] = [];
const failNext: FailNext = (rule) => failures.push(rule);

beforeAll(async () => {
  useAadhaarKey(randomBytes(32));
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  await seedAccounts(db, 'demo-password-1');
});

afterAll(async () => test.drop());

describe('the demo data of npm start', () => {
  it('registers the plan through the register: births, a still-birth, deaths with a cause, late ones with what they need', async () => {
    expect(await seedDemoData(db, { failNext, now: NOW })).toBe(DEMO_EVENTS.length);

    const byKind = await db.query<{ unit_code: string; event_type: string; count: number }>(
      `select unit_code, event_type, count(*)::int as count from records where status = 'registered'
       group by 1, 2 order by 1, 2`,
    );
    expect(byKind).toContainEqual({ unit_code: 'TNL-M', event_type: 'birth', count: 11 });
    expect(byKind).toContainEqual({ unit_code: 'TNL-M', event_type: 'still_birth', count: 1 });
    expect(
      byKind.filter((row) => row.event_type === 'death').reduce((sum, row) => sum + row.count, 0),
    ).toBe(5);

    const [causes] = await db.query<{ count: number }>(
      'select count(*)::int as count from cause_of_death',
    );
    expect(causes?.count).toBe(5);
    const requirements = await db.query<{ kind: string; count: number }>(
      'select kind, count(*)::int as count from record_requirements group by kind order by kind',
    );
    expect(requirements).toEqual([
      { kind: 'affidavit', count: 1 },
      { kind: 'late_fee', count: 3 },
      { kind: 'permission', count: 1 },
    ]);
    expect(failures.map((rule) => rule.code).sort()).toEqual([131026, 131053]);
  });

  it('dates registrations over four weeks and links only the fake demo numbers', async () => {
    const [span] = await db.query<{ first: string; last: string; days: number }>(
      'select min(registration_date)::text as first, max(registration_date)::text as last, count(distinct registration_date)::int as days from records',
    );
    expect(span).toEqual({ first: '2026-11-08', last: '2026-12-04', days: 26 });

    const numbers = await db.query<{ wa_id: string }>(
      'select distinct wa_id from record_contacts order by wa_id',
    );
    expect(numbers.map((row) => row.wa_id)).toEqual(DEMO_EVENTS.map((_, i) => demoNumber(i)));
    const [issues] = await db.query<{ count: number }>(
      "select count(*)::int as count from registrar_queue where kind = 'field-issue'",
    );
    expect(issues?.count).toBe(3);
  });

  it('adds nothing on a restart, and nothing to a register that holds real records', async () => {
    expect(await seedDemoData(db, { failNext, now: NOW })).toBe(0);
    await openEvent(db, REGISTRAR, birthOn('2026-12-01'), { isComplete: true, now: NOW });
    await db.query("delete from registrar_queue where kind = 'field-issue'");

    expect(await seedDemoData(db, { failNext, now: NOW })).toBe(0);
    const [records] = await db.query<{ count: number }>(
      'select count(*)::int as count from records',
    );
    const [issues] = await db.query<{ count: number }>(
      "select count(*)::int as count from registrar_queue where kind = 'field-issue'",
    );
    expect([records?.count, issues?.count]).toEqual([DEMO_EVENTS.length + 1, 0]);
  });
});
