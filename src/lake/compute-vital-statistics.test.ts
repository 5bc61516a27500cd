import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW } from '../../test/support/lifecycle-fixture.ts';
import { seedLakeRecords } from '../../test/support/lake-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { computeVitalStatistics } from './compute-vital-statistics.ts';
import { exportLake } from './export-lake.ts';
import type { VitalStatistics } from './vital-statistics.ts';

let test: TestDatabase;
let lakeDir: string;
let stats: VitalStatistics;

beforeAll(async () => {
  lakeDir = mkdtempSync(join(tmpdir(), 'patra-stats-'));
  test = await createTestDatabase();
  await seedLakeRecords(test.db);
  await exportLake(test.db, { lakeDir, secret: randomBytes(32), smallCellThreshold: 5, now: NOW });
  stats = await computeVitalStatistics({ lakeDir });
}, 60_000);

afterAll(async () => {
  rmSync(lakeDir, { recursive: true, force: true });
  await test.drop();
});

describe('vital statistics of Tenali Municipality, December 2026 (seeded by hand)', () => {
  it('says which export it read, and when that export began', () => {
    expect(stats.lake).toEqual({
      latestRun: 'run-20261204T043000000Z',
      latestRunAt: NOW.toISOString(),
    });
  });

  it('counts registrations by unit, month and event', () => {
    expect(stats.registrationsByUnitMonth).toEqual([
      { unitCode: 'TNL-M', month: '2026-12', eventType: 'birth', registrations: 5 },
      { unitCode: 'TNL-M', month: '2026-12', eventType: 'death', registrations: 6 },
      { unitCode: 'TNL-M', month: '2026-12', eventType: 'still_birth', registrations: 1 },
    ]);
  });

  it('gives 4 of 5 births within 21 days, and the day-25 birth in the late-fee tier', () => {
    expect(stats.registeredWithin21Days).toContainEqual({
      eventType: 'birth',
      registered: 5,
      within21Days: 4,
      percent: 80,
    });
    expect(stats.registeredWithin21Days).toContainEqual({
      eventType: 'death',
      registered: 6,
      within21Days: 6,
      percent: 100,
    });
    expect(stats.delayedByTier).toEqual([
      { eventType: 'birth', tier: 'late_fee', registrations: 1 },
    ]);
  });

  it('gives the sex ratio at birth as the CRS does: 2 girls to 3 boys is 667 per 1,000', () => {
    expect(stats.sexRatioAtBirth).toEqual({ males: 3, females: 2, femalesPer1000Males: 667 });
  });

  it('gives institutional births, infant deaths and still-births', () => {
    expect(stats.institutionalBirths).toEqual({ births: 5, institutional: 4, percent: 80 });
    expect(stats.infantDeaths).toEqual({ infantDeaths: 1, liveBirths: 5, per1000LiveBirths: 200 });
    expect(stats.stillBirths).toEqual({ registered: 1 });
  });

  it("gives the pilot's delivery figures: 2 minutes to the phone, half delivered, 131026 failing", () => {
    expect(stats.registrationToDelivery).toEqual({ certificates: 1, p50Minutes: 2, p90Minutes: 2 });
    expect(stats.deliverySuccessByUnit).toEqual([
      { unitCode: 'TNL-M', messages: 2, delivered: 1, failed: 1, percent: 50 },
    ]);
    expect(stats.failuresByErrorCode).toEqual([{ errorCode: 131026, failures: 1 }]);
  });

  it('fills the figures of Forms 11, 12 and 13 for the unit and month', () => {
    const unitMonth = { unitCode: 'TNL-M', month: '2026-12' };
    expect(stats.monthlyReturns.form11).toEqual([
      {
        ...unitMonth,
        male: 3,
        female: 2,
        other: 0,
        total: 5,
        institutional: 4,
        domiciliary: 1,
        within21Days: 4,
        delayed: 1,
      },
    ]);
    expect(stats.monthlyReturns.form12).toEqual([
      {
        ...unitMonth,
        male: 5,
        female: 1,
        other: 0,
        total: 6,
        infant: 1,
        institutional: 6,
        medicallyCertified: 6,
      },
    ]);
    expect(stats.monthlyReturns.form13).toEqual([
      { ...unitMonth, male: 1, female: 0, other: 0, total: 1, institutional: 1 },
    ]);
  });

  it("shows another district's registrar nothing of Guntur's", async () => {
    const krishna = await computeVitalStatistics({ lakeDir, district: 'Krishna' });

    expect(krishna.registrationsByUnitMonth).toEqual([]);
    expect(krishna.sexRatioAtBirth).toEqual({ males: 0, females: 0, femalesPer1000Males: null });
    expect(krishna.deliverySuccessByUnit).toEqual([]);
  });

  it('answers zeros from a lake with nothing exported yet', async () => {
    const empty = await computeVitalStatistics({ lakeDir: join(lakeDir, 'nothing-here') });

    expect(empty.lake).toEqual({ latestRun: null, latestRunAt: null });
    expect(empty.stillBirths).toEqual({ registered: 0 });
    expect(empty.registrationToDelivery).toEqual({
      certificates: 0,
      p50Minutes: null,
      p90Minutes: null,
    });
  });
});
