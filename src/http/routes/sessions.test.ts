import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../../cli/sample-birth.ts';
import { startTestPatra, type TestPatra } from '../../../test/support/test-patra.ts';

let patra: TestPatra;

beforeAll(async () => {
  patra = await startTestPatra();
});

afterAll(async () => patra.close());

describe('GET /api/v1/sessions/current', () => {
  it("names a unit's registrar, the unit in both scripts and the phone simulator", async () => {
    const token = await patra.signIn('tnl-m');
    const current = await patra.request('GET', '/api/v1/sessions/current', { token });

    expect(current).toMatchObject({
      status: 200,
      body: {
        username: 'tnl-m',
        displayName: 'Registrar, Tenali Municipality',
        role: 'registrar',
        unitCode: 'TNL-M',
        unitName: { en: 'Tenali Municipality', te: 'తెనాలి పురపాలక సంఘం' },
        districtEn: 'Guntur',
        districtName: { en: 'Guntur', te: 'గుంటూరు' },
        phoneSimulatorUrl: `${patra.standin?.url ?? 'no stand-in'}/_standin/phone`,
      },
    });
  });

  it('names the district of a District Registrar, who has no unit', async () => {
    const token = await patra.signIn('guntur-dr');
    const current = await patra.request('GET', '/api/v1/sessions/current', { token });

    expect(current.body).toMatchObject({
      role: 'district_registrar',
      unitCode: null,
      unitName: null,
      districtName: { en: 'Guntur', te: 'గుంటూరు' },
    });
  });

  it('answers 401 without a token', async () => {
    const current = await patra.request('GET', '/api/v1/sessions/current');

    expect(current).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  });
});

describe('DELETE /api/v1/sessions/current', () => {
  it('ends the session on the server: the same token is refused afterwards', async () => {
    const token = await patra.signIn('tnl-m');
    const other = await patra.signIn('tnl-m');

    expect((await patra.request('DELETE', '/api/v1/sessions/current', { token })).status).toBe(204);
    expect((await patra.request('GET', '/api/v1/sessions/current', { token })).status).toBe(401);
    expect((await patra.request('DELETE', '/api/v1/sessions/current', { token })).status).toBe(401);
    expect((await patra.request('GET', '/api/v1/sessions/current', { token: other })).status).toBe(
      200,
    );
  });
});

describe('GET /api/v1/pending-records', () => {
  it("lists the unit's notified and declared records, and none of another unit", async () => {
    const token = await patra.signIn('tnl-m');
    const birth = sampleBirth();
    const notified = await patra.request<{ recordId: string }>('POST', '/api/v1/notifications', {
      token,
      body: { eventType: 'birth', source: 'field_worker', declaration: { birth: birth.birth } },
    });
    const declared = await patra.request<{ recordId: string }>('POST', '/api/v1/declarations', {
      token,
      body: { eventType: 'birth', declaration: birth },
    });
    expect([notified.status, declared.status]).toEqual([201, 201]);

    const toDeclare = await patra.request<{ records: { id: string }[] }>(
      'GET',
      '/api/v1/pending-records?status=notified',
      { token },
    );
    const toRegister = await patra.request<{
      records: { id: string; name: unknown; source: string }[];
    }>('GET', '/api/v1/pending-records?status=declared', { token });
    expect(toDeclare.body.records.map((record) => record.id)).toEqual([notified.body.recordId]);
    expect(toRegister.body.records).toEqual([
      expect.objectContaining({
        id: declared.body.recordId,
        source: 'registrar',
        name: { en: 'Sri Lakshmi Kondaveeti', te: 'కొండవీటి శ్రీ లక్ష్మీ' },
      }),
    ]);

    const elsewhere = await patra.signIn('tnl-gp-ang');
    const theirs = await patra.request<{ records: unknown[] }>(
      'GET',
      '/api/v1/pending-records?status=notified',
      { token: elsewhere },
    );
    expect(theirs.body.records).toEqual([]);
  });

  it('refuses an unknown status with the field named', async () => {
    const token = await patra.signIn('tnl-m');
    const reply = await patra.request('GET', '/api/v1/pending-records?status=registered', {
      token,
    });

    expect(reply).toMatchObject({
      status: 422,
      body: { error: { code: 'VALIDATION_FAILED', issues: [{ field: 'status' }] } },
    });
  });
});
