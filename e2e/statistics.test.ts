import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { exportLake } from '../src/lake/export-lake.ts';
import type { VitalStatistics } from '../src/lake/vital-statistics.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
/** One lake, one secret: a record keeps its key across exports only under the same secret. */
const secret = randomBytes(32);

beforeAll(async () => {
  patra = await startTestPatra();
  const token = await patra.signIn('tnl-m');
  for (const [sex, mobile] of [
    ['male', '9000000101'],
    ['female', '9000000102'],
  ] as const) {
    const birth = sampleBirth({ mobile });
    const body = { ...birth, child: { ...(birth.child as object), sex } };
    expect((await patra.request('POST', '/api/v1/births', { token, body })).status).toBe(201);
  }
  await exportLake(patra.db, {
    lakeDir: join(patra.config.dataDir, 'lake'),
    secret,
    smallCellThreshold: 5,
  });
}, 120_000);

afterAll(async () => patra.close());

async function statisticsAs(
  username: string,
  query = '',
): Promise<{ status: number; body: VitalStatistics }> {
  const token = await patra.signIn(username);

  return patra.request<VitalStatistics>('GET', `/api/v1/statistics${query}`, { token });
}

describe('GET /api/v1/statistics after an export', () => {
  it("gives the District Registrar Guntur's births with the sex ratio at birth", async () => {
    const { status, body } = await statisticsAs('guntur-dr');

    expect(status).toBe(200);
    expect(body.scope).toEqual({ district: 'Guntur', year: null });
    expect(body.registrationsByUnitMonth).toEqual([
      expect.objectContaining({ unitCode: 'TNL-M', eventType: 'birth', registrations: 2 }),
    ]);
    expect(body.sexRatioAtBirth).toEqual({ males: 1, females: 1, femalesPer1000Males: 1000 });
    expect(body.lake.latestRun).toMatch(/^run-/);
    expect(Number.isNaN(Date.parse(body.lake.latestRunAt ?? ''))).toBe(false);
  });

  it('gives the Chief Registrar another district, empty, and refuses a unit registrar', async () => {
    const krishna = await statisticsAs('chief-registrar', '?district=Krishna');
    const unit = await statisticsAs('tnl-m');
    const otherDistrict = await statisticsAs('guntur-dr', '?district=Krishna');

    expect(krishna.status).toBe(200);
    expect(krishna.body.registrationsByUnitMonth).toEqual([]);
    expect(unit.status).toBe(403);
    expect(otherDistrict.status).toBe(403);
  });

  it('answers the new figures once a newer export lands', async () => {
    const before = await statisticsAs('chief-registrar');
    const token = await patra.signIn('tnl-m');
    const body = sampleBirth({ mobile: '9000000103' });
    expect((await patra.request('POST', '/api/v1/births', { token, body })).status).toBe(201);
    await exportLake(patra.db, {
      lakeDir: join(patra.config.dataDir, 'lake'),
      secret,
      smallCellThreshold: 5,
      now: new Date(Date.now() + 1_000),
    });

    const after = await statisticsAs('chief-registrar');

    expect(after.body.lake.latestRun).not.toBe(before.body.lake.latestRun);
    expect(after.body.sexRatioAtBirth).toEqual({ males: 1, females: 2, femalesPer1000Males: 2000 });
  });
});
