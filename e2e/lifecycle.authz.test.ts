import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import type { Actor } from '../src/registry/actor.ts';
import { openEvent } from '../src/registry/open-event.ts';
import { hashPassword } from '../src/registry/password.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let mothers = 0;

const REGISTRAR: Actor = { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' };

beforeAll(async () => {
  patra = await startTestPatra();
  await patra.db.query(
    `insert into users (username, display_name, role, unit_code, password_hash)
     values ('tnl-m-sub', 'Sub-Registrar, Tenali', 'sub_registrar', 'TNL-M', $1)`,
    [await hashPassword(patra.password)],
  );
}, 60_000);

afterAll(async () => patra.close());

/** A birth in Tenali Municipality, each with its own mother so none is a duplicate. */
function birth(): { eventType: string; declaration: Record<string, unknown> } {
  mothers += 1;

  return {
    eventType: 'birth',
    declaration: {
      ...sampleBirth(),
      mother: { name: { en: `Authz Mother ${'x'.repeat(mothers)}` } },
      unitCode: 'TNL-M',
    },
  };
}

async function declaredRecord(): Promise<string> {
  return (await openEvent(patra.db, REGISTRAR, birth(), { isComplete: true })).recordId;
}

/** HTTP statuses each account gets on a record of TNL-M (Guntur district). */
const EXPECTED: Record<
  string,
  { declare: number; read: number; cause: number; register: number; reject: number }
> = {
  'tnl-m': { declare: 201, read: 200, cause: 200, register: 201, reject: 200 },
  'tnl-m-sub': { declare: 201, read: 200, cause: 403, register: 403, reject: 403 },
  'tnl-gp-ang': { declare: 403, read: 404, cause: 404, register: 404, reject: 404 },
  'guntur-dr': { declare: 403, read: 200, cause: 200, register: 403, reject: 403 },
  'chief-registrar': { declare: 403, read: 200, cause: 200, register: 403, reject: 403 },
  'state-ops': { declare: 403, read: 200, cause: 403, register: 403, reject: 403 },
};

describe('the lifecycle routes check every caller against role and jurisdiction', () => {
  for (const [username, expected] of Object.entries(EXPECTED)) {
    it(`${username}: declare ${expected.declare}, read ${expected.read}, cause ${expected.cause}, register ${expected.register}, reject ${expected.reject}`, async () => {
      const token = await patra.signIn(username);
      const [forRegister, forReject] = [await declaredRecord(), await declaredRecord()];

      const statuses = {
        declare: (await patra.request('POST', '/api/v1/declarations', { token, body: birth() }))
          .status,
        read: (await patra.request('GET', `/api/v1/records/${forRegister}`, { token })).status,
        cause: (
          await patra.request('GET', `/api/v1/records/${forRegister}/cause-of-death`, { token })
        ).status,
        register: (
          await patra.request('POST', `/api/v1/records/${forRegister}/registration`, { token })
        ).status,
        reject: (
          await patra.request('POST', `/api/v1/records/${forReject}/rejection`, {
            token,
            body: { reason: 'Reported twice by mistake' },
          })
        ).status,
      };

      expect(statuses).toEqual(expected);
    }, 30_000);
  }

  it('only the District Registrar of the district grants the 30 days-1 year permission', async () => {
    const late = birth();
    const declaration = late.declaration as { birth: object };
    const date = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const { recordId } = await openEvent(
      patra.db,
      REGISTRAR,
      { ...late, declaration: { ...declaration, birth: { ...declaration.birth, date } } },
      { isComplete: true },
    );
    const permission = {
      reference: 'DR/GNT/2026/17',
      grantedOn: new Date().toISOString().slice(0, 10),
    };

    const byRegistrar = await patra.request(
      'PUT',
      `/api/v1/records/${recordId}/requirements/permission`,
      { token: await patra.signIn('tnl-m'), body: permission },
    );
    const byDistrict = await patra.request(
      'PUT',
      `/api/v1/records/${recordId}/requirements/permission`,
      { token: await patra.signIn('guntur-dr'), body: permission },
    );

    const unknownKind = await patra.request(
      'PUT',
      `/api/v1/records/${recordId}/requirements/bribe`,
      { token: await patra.signIn('tnl-m'), body: permission },
    );

    expect([byRegistrar.status, byDistrict.status, unknownKind.status]).toEqual([403, 200, 422]);
    expect(byDistrict.body).toMatchObject({ missing: ['affidavit', 'late_fee'] });
  });
});
