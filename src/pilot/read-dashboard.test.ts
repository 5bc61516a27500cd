import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { seedDashboardRegister } from '../../test/support/dashboard-fixture.ts';
import { failureOf, NOW } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { Actor } from '../registry/actor.ts';
import { readDashboard } from './read-dashboard.ts';

const STATE_OPS: Actor = {
  userId: null,
  username: 'state-ops',
  role: 'state_operations',
  unitCode: null,
};
const RANGE = { from: '2026-11-01', to: '2026-12-04' };

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedDashboardRegister(db);
});

afterAll(async () => test.drop());

describe('the pilot dashboard over seeded records and delivery statuses', () => {
  it('counts each unit: registrations, the funnel, delivered share, median time, field issues, open queue', async () => {
    const dashboard = await readDashboard(db, STATE_OPS, RANGE, NOW);
    const byCode = new Map(dashboard.units.map((unit) => [unit.code, unit]));

    expect(byCode.get('TNL-M')).toMatchObject({
      name: { en: 'Tenali Municipality', te: 'తెనాలి పురపాలక సంఘం' },
      registrations: 5,
      funnel: { queued: 5, sent: 3, delivered: 3, read: 1, failed: 1 },
      deliveredShare: 0.6,
      medianSecondsToDelivery: 90,
      fieldIssues: 2,
      openQueueItems: 3,
    });
    expect(byCode.get('TNL-GP-ANG')).toMatchObject({
      registrations: 2,
      funnel: { queued: 2, sent: 2, delivered: 1, read: 0, failed: 0 },
      deliveredShare: 0.5,
      medianSecondsToDelivery: 20,
      fieldIssues: 1,
      openQueueItems: 1,
    });
    expect(byCode.get('TNL-GP-NDV')).toMatchObject({
      registrations: 0,
      deliveredShare: null,
      medianSecondsToDelivery: null,
    });
  });

  it('adds up the funnel, and times delivery from registration over all units (p50, p90, bands)', async () => {
    const dashboard = await readDashboard(db, STATE_OPS, RANGE, NOW);

    expect(dashboard.funnel).toEqual({ queued: 7, sent: 5, delivered: 4, read: 1, failed: 1 });
    expect(dashboard.timeToDelivery).toEqual({
      count: 4,
      p50Seconds: 60,
      p90Seconds: 447,
      bands: [
        { upToSeconds: 60, count: 2 },
        { upToSeconds: 300, count: 1 },
        { upToSeconds: 3600, count: 1 },
        { upToSeconds: 86_400, count: 0 },
        { upToSeconds: null, count: 0 },
      ],
    });
  });

  it('names failures by Cloud API code and title, leaving out a message its template replaced', async () => {
    const dashboard = await readDashboard(db, STATE_OPS, RANGE, NOW);

    expect(dashboard.failures).toEqual([
      { code: 131026, title: 'Message undeliverable', count: 1 },
    ]);
  });

  it('lists registrations per unit per day, or per week named by its Monday', async () => {
    const daily = await readDashboard(db, STATE_OPS, RANGE, NOW);
    const weekly = await readDashboard(db, STATE_OPS, { ...RANGE, bucket: 'week' }, NOW);

    expect(daily.registrations).toEqual([
      { unitCode: 'TNL-M', period: '2026-11-20', count: 1 },
      { unitCode: 'TNL-GP-ANG', period: '2026-12-04', count: 2 },
      { unitCode: 'TNL-M', period: '2026-12-04', count: 4 },
    ]);
    expect(weekly.registrations).toEqual([
      { unitCode: 'TNL-M', period: '2026-11-16', count: 1 },
      { unitCode: 'TNL-GP-ANG', period: '2026-11-30', count: 2 },
      { unitCode: 'TNL-M', period: '2026-11-30', count: 4 },
    ]);
  });

  it('covers the four weeks up to today in India by default, which leaves out October', async () => {
    const dashboard = await readDashboard(db, STATE_OPS, {}, NOW);

    expect(dashboard.range).toEqual({ from: '2026-11-07', to: '2026-12-04', bucket: 'day' });
    expect(dashboard.funnel.queued).toBe(7);
  });

  it('refuses a reversed range, a range over a year and a date that does not exist, naming the field', async () => {
    const reversed = await failureOf(
      readDashboard(db, STATE_OPS, { from: '2026-12-04', to: '2026-11-01' }, NOW),
    );
    const tooLong = await failureOf(
      readDashboard(db, STATE_OPS, { from: '2025-01-01', to: '2026-12-04' }, NOW),
    );
    const noSuchDay = await failureOf(readDashboard(db, STATE_OPS, { from: '2026-02-30' }, NOW));

    expect([reversed.code, tooLong.code, noSuchDay.code]).toEqual([
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    expect(reversed.issues[0]?.messageTe).toContain('మొదటి తేదీ');
    expect(noSuchDay.issues[0]?.field).toBe('from');
  });
});
