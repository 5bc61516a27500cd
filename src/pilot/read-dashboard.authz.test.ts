import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { ANG_REGISTRAR, seedDashboardRegister } from '../../test/support/dashboard-fixture.ts';
import {
  DISTRICT_REGISTRAR,
  HOSPITAL,
  NOW,
  REGISTRAR,
  SUB_REGISTRAR,
  birthOn,
  failureOf,
} from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { Actor } from '../registry/actor.ts';
import { openEvent } from '../registry/open-event.ts';
import { registerEvent } from '../registry/register-event.ts';
import { readDashboard } from './read-dashboard.ts';

const KRISHNA_REGISTRAR: Actor = {
  userId: null,
  username: 'vja-gp-x',
  role: 'registrar',
  unitCode: 'VJA-GP-X',
};
const CHIEF: Actor = {
  userId: null,
  username: 'chief-registrar',
  role: 'chief_registrar',
  unitCode: null,
};
const RANGE = { from: '2026-11-01', to: '2026-12-04' };

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedDashboardRegister(db);
  await db.query(
    `insert into units (code, kind, crs_code, name_en, name_te, mandal_en, mandal_te, district_en, district_te, registrar_office)
     values ('VJA-GP-X', 'gram_panchayat', '91001', 'Krishna Test', 'కృష్ణా పరీక్ష', 'Vijayawada', 'విజయవాడ', 'Krishna', 'కృష్ణా', 'Panchayat Secretary')`,
  );
  const body = birthOn('2026-12-02');
  (body.declaration as { birth: Record<string, unknown> }).birth.place = {
    type: 'home',
    address: { en: 'Door 1, Vijayawada' },
  };
  const { recordId } = await openEvent(db, KRISHNA_REGISTRAR, body, { isComplete: true, now: NOW });
  await registerEvent(db, KRISHNA_REGISTRAR, recordId, NOW);
});

afterAll(async () => test.drop());

async function unitsSeenBy(actor: Actor): Promise<{ codes: string[]; registrations: number }> {
  const dashboard = await readDashboard(db, actor, RANGE, NOW);

  return {
    codes: dashboard.units.map((unit) => unit.code),
    registrations: dashboard.registrations.reduce((sum, line) => sum + line.count, 0),
  };
}

describe('who sees which units on the dashboard', () => {
  it("a unit's registrar and sub-registrar see their own unit only", async () => {
    expect(await unitsSeenBy(REGISTRAR)).toEqual({ codes: ['TNL-M'], registrations: 5 });
    expect(await unitsSeenBy(SUB_REGISTRAR)).toEqual({ codes: ['TNL-M'], registrations: 5 });
    expect(await unitsSeenBy(ANG_REGISTRAR)).toEqual({ codes: ['TNL-GP-ANG'], registrations: 2 });

    const angalakuduru = await readDashboard(db, ANG_REGISTRAR, RANGE, NOW);
    expect(angalakuduru.funnel).toEqual({ queued: 2, sent: 2, delivered: 1, read: 0, failed: 0 });
    expect(angalakuduru.failures).toEqual([]);
  });

  it("Guntur's District Registrar sees Guntur's units and not Krishna's", async () => {
    const seen = await unitsSeenBy(DISTRICT_REGISTRAR);

    expect(seen.codes).toContain('TNL-M');
    expect(seen.codes).toContain('TNL-GP-ANG');
    expect(seen.codes).not.toContain('VJA-GP-X');
    expect(seen.registrations).toBe(7);
  });

  it('the Chief Registrar sees every district', async () => {
    const seen = await unitsSeenBy(CHIEF);

    expect(seen.codes).toContain('VJA-GP-X');
    expect(seen.registrations).toBe(8);
  });

  it("a department's system client is refused", async () => {
    expect((await failureOf(readDashboard(db, HOSPITAL, RANGE, NOW))).code).toBe('FORBIDDEN');
  });
});
