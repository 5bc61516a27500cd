import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { createApiClient } from '../src/registry/create-api-client.ts';
import { indiaDate } from '../src/shared/india-time.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let hospitalKey: string;

beforeAll(async () => {
  patra = await startTestPatra();
  hospitalKey = (
    await createApiClient(patra.db, {
      name: 'GDH Tenali HMS',
      department: 'health',
      unitCodes: ['TNL-M'],
    })
  ).key;
}, 60_000);

afterAll(async () => patra.close());

async function notifyWithKey(
  key: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${patra.url}/api/v1/notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify(body),
  });

  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const MOBILE = '+91 90000 31234';
const WA_ID = '919000031234';
const yesterday = (): string => indiaDate(new Date(Date.now() - 86_400_000));

describe('a hospital notifies a birth with its API key; the registrar declares and registers it', () => {
  it('goes from notified to registered and the certificate reaches the informant', async () => {
    const birth = sampleBirth({ mobile: MOBILE });
    const notified = await notifyWithKey(hospitalKey, {
      eventType: 'birth',
      declaration: { birth: birth.birth, child: { sex: 'female' } },
      statistical: {
        attendantAtBirth: 'institutional_doctor',
        birthWeightGrams: 2950,
        deliveryType: 'caesarean',
        gestationWeeks: 39,
      },
    });
    expect(notified).toMatchObject({
      status: 201,
      body: { status: 'notified', unitCode: 'TNL-M', possibleDuplicates: [] },
    });
    const recordId = String(notified.body.recordId);

    const token = await patra.signIn('tnl-m');
    const declaredReply = await patra.request('POST', `/api/v1/records/${recordId}/declaration`, {
      token,
      body: { declaration: birth },
    });
    expect(declaredReply).toMatchObject({ status: 200, body: { status: 'declared' } });
    const registered = await patra.request<{ registrationNumber: string; certificateId: string }>(
      'POST',
      `/api/v1/records/${recordId}/registration`,
      { token },
    );
    expect(registered.status).toBe(201);
    expect(registered.body.registrationNumber).toMatch(/^B-\d{4}:28-90001-\d{6}$/);

    const message = await patra.standin?.waitForMessage(
      (m) => m.to === WA_ID && (m.body as { type?: string }).type === 'template',
      20_000,
    );
    expect(message).toBeDefined();
  }, 40_000);

  it('refuses a key outside its units, an unknown key, and a second registration', async () => {
    const outside = await notifyWithKey(hospitalKey, {
      eventType: 'death',
      declaration: {
        unitCode: 'TNL-GP-ANG',
        death: { date: yesterday(), place: { type: 'home', address: { en: 'Angalakuduru' } } },
      },
    });
    expect(outside).toMatchObject({
      status: 403,
      body: { error: { code: 'OUTSIDE_JURISDICTION' } },
    });
    expect(
      (await notifyWithKey('patra_not-a-key', { eventType: 'birth', declaration: {} })).status,
    ).toBe(401);
  });
});

describe('a death with its medical certificate of cause of death', () => {
  let recordId: string;

  it('is declared with Form 4 and registered with a D number, and Form 6 is queued', async () => {
    const token = await patra.signIn('tnl-m');
    const declaredReply = await patra.request<{ recordId: string }>(
      'POST',
      '/api/v1/declarations',
      {
        token,
        body: {
          eventType: 'death',
          declaration: {
            deceased: {
              name: { en: 'Ramaiah Kondaveeti', te: 'కొండవీటి రామయ్య' },
              sex: 'male',
              age: { years: 71 },
            },
            death: {
              date: yesterday(),
              time: '04:10',
              place: { type: 'facility', facilityId: 'TNL-GDH' },
            },
            spouse: { name: { en: 'Anasuya Kondaveeti' } },
            permanentAddress: { en: '3-88, Main Road, Kolakaluru', pincode: '522324' },
            informant: {
              name: { en: 'Venkata Srinivas Kondaveeti' },
              relation: 'relative',
              mobile: '+91 90000 41234',
            },
          },
          statistical: {
            occupation: 'Farmer',
            medicalAttention: 'institutional',
            isMedicallyCertified: true,
          },
          causeOfDeath: {
            form: '4',
            immediateCause: 'Acute myocardial infarction',
            icd10Underlying: 'I21.9',
            certifiedBy: 'Dr P. Rao',
            certifiedOn: yesterday(),
          },
        },
      },
    );
    expect(declaredReply.status).toBe(201);
    recordId = declaredReply.body.recordId;

    const registered = await patra.request('POST', `/api/v1/records/${recordId}/registration`, {
      token,
    });
    expect(registered).toMatchObject({
      status: 201,
      body: { certificateId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown },
    });
    expect((registered.body as { registrationNumber: string }).registrationNumber).toMatch(
      /^D-\d{4}:28-90001-\d{6}$/,
    );
  });

  it('never shows the cause in a record view, and only roles with the right read it, each read in the history', async () => {
    const operations = await patra.signIn('state-ops');
    const view = await patra.request('GET', `/api/v1/records/${recordId}`, { token: operations });
    expect(view.status).toBe(200);
    expect(JSON.stringify(view.body)).not.toMatch(/myocardial|I21/i);
    expect(
      (
        await patra.request('GET', `/api/v1/records/${recordId}/cause-of-death`, {
          token: operations,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await patra.request('POST', `/api/v1/records/${recordId}/registration`, {
          token: operations,
        })
      ).status,
    ).toBe(403);

    const district = await patra.signIn('guntur-dr');
    const read = await patra.request('GET', `/api/v1/records/${recordId}/cause-of-death`, {
      token: district,
    });
    expect(read).toMatchObject({
      status: 200,
      body: {
        causeOfDeath: {
          form: '4',
          immediateCause: 'Acute myocardial infarction',
          icd10Underlying: 'I21.9',
        },
      },
    });

    const registrarView = await patra.request<{ history: { action: string; actorRole: string }[] }>(
      'GET',
      `/api/v1/records/${recordId}`,
      { token: await patra.signIn('tnl-m') },
    );
    expect(registrarView.body.history).toContainEqual(
      expect.objectContaining({ action: 'read-cause-of-death', actorRole: 'district_registrar' }),
    );
    expect(JSON.stringify(registrarView.body)).not.toMatch(/myocardial|I21/i);
  });

  it('is not found at all from another unit', async () => {
    const otherUnit = await patra.signIn('tnl-gp-ang');

    expect(
      (await patra.request('GET', `/api/v1/records/${recordId}`, { token: otherUnit })).status,
    ).toBe(404);
    expect(
      (
        await patra.request('GET', `/api/v1/records/${recordId}/cause-of-death`, {
          token: otherUnit,
        })
      ).status,
    ).toBe(404);
  });
});

describe('the API description', () => {
  it('documents the lifecycle routes and the X-Api-Key scheme', async () => {
    const docs = await patra.request<{
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    }>('GET', '/docs/json');

    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/notifications',
        '/api/v1/declarations',
        '/api/v1/records/{recordId}/registration',
        '/api/v1/records/{recordId}/requirements/{kind}',
        '/api/v1/duplicates/{recordId}/{otherRecordId}',
      ]),
    );
    expect(docs.body.components.securitySchemes).toHaveProperty('apiKey');
  });
});
