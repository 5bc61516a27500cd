import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { hashPassword } from '../src/registry/password.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let recordId: string;

beforeAll(async () => {
  patra = await startTestPatra();
  await patra.db.query(
    `insert into users (username, display_name, role, unit_code, password_hash)
     values ('tnl-m-sub', 'Sub-Registrar, Tenali', 'sub_registrar', 'TNL-M', $1)`,
    [await hashPassword(patra.password)],
  );
  const token = await patra.signIn('tnl-m');
  const registered = await patra.request<{ recordId: string }>('POST', '/api/v1/births', {
    token,
    body: sampleBirth({ mobile: '+91 90000 62001' }),
  });
  recordId = registered.body.recordId;
  for (let i = 0; i < 200; i += 1) {
    const [issued] = await patra.db.query('select 1 from certificates where record_id = $1', [
      recordId,
    ]);
    if (issued) break;
    await new Promise((done) => setTimeout(done, 50));
  }
}, 120_000);

afterAll(async () => patra.close());

/** Who may re-send a certificate of a TNL-M record: its registrar only; another unit cannot see it. */
const EXPECTED: Record<string, number> = {
  'tnl-m': 202,
  'tnl-m-sub': 403,
  'tnl-gp-ang': 404,
  'guntur-dr': 403,
  'chief-registrar': 403,
  'state-ops': 403,
};

describe('POST /api/v1/records/:id/certificate/sends checks role and jurisdiction', () => {
  for (const [username, status] of Object.entries(EXPECTED)) {
    it(`${username}: ${status}`, async () => {
      const token = await patra.signIn(username);
      const reply = await patra.request('POST', `/api/v1/records/${recordId}/certificate/sends`, {
        token,
        body: {},
      });

      expect(reply.status).toBe(status);
    });
  }

  it('answers 401 without a session and 404 for an unknown record', async () => {
    const anonymous = await patra.request('POST', `/api/v1/records/${recordId}/certificate/sends`, {
      body: {},
    });
    const token = await patra.signIn('tnl-m');
    const unknown = await patra.request(
      'POST',
      '/api/v1/records/00000000-0000-4000-8000-000000000000/certificate/sends',
      { token, body: {} },
    );

    expect(anonymous.status).toBe(401);
    expect(unknown.status).toBe(404);
  });
});
