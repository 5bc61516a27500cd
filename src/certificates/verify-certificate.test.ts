import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { REGISTRAR } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { issueNonAvailability } from '../registry/issue-non-availability.ts';
import { seedUnits } from '../registry/seed-units.ts';
import type { Keyring } from './keys.ts';
import { verifyCertificate } from './verify-certificate.ts';

let test: TestDatabase;
let db: Db;

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const KEYRING: Keyring = {
  signing: { keyId: 'test-1', privateKey },
  trusted: new Map([['test-1', { publicKey, status: 'active' as const }]]),
};

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

describe('the register verifies a Form 10 (non-availability) like any certificate', () => {
  it('answers GENUINE with its kind, and INVALID for a Form 10 payload it does not hold', async () => {
    const issued = await issueNonAvailability(
      db,
      { keyring: KEYRING, publicBaseUrl: 'http://localhost:3000' },
      {
        actor: REGISTRAR,
        input: {
          eventType: 'birth',
          person: { name: { en: 'Ravi Gummadi' }, sex: 'male' },
          statedEvent: { date: '1996-03-14', place: { en: 'Tenali' } },
          yearsSearched: { from: 1995, to: 1997 },
          applicant: { name: { en: 'Ravi Gummadi' }, appliedOn: '2026-12-01' },
        },
      },
    );
    const [stored] = await db.query<{ payload: string }>(
      'select payload from non_availability_certificates where number = $1',
      [issued.number],
    );
    const payload = stored?.payload ?? '';

    const verification = await verifyCertificate(KEYRING, payload, db);
    expect(verification).toMatchObject({
      verdict: 'GENUINE',
      form: 'form10',
      isRevocationChecked: true,
      fields: { eventType: 'N', registrationNumber: issued.number, nameEn: 'Ravi Gummadi' },
    });
    expect(verification.recordId).toBeUndefined();

    await db.query('delete from non_availability_certificates where number = $1', [issued.number]);
    expect(await verifyCertificate(KEYRING, payload, db)).toMatchObject({
      verdict: 'INVALID',
      reason: 'NOT_IN_REGISTER',
    });
  });
});
