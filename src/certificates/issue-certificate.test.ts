import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../cli/sample-birth.ts';
import type { Db } from '../db/db.ts';
import { NOW, REGISTRAR, failureOf } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { useAadhaarKey } from '../registry/aadhaar-key.ts';
import { openEvent } from '../registry/open-event.ts';
import { registerEvent } from '../registry/register-event.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { updateRecordContacts } from '../registry/update-record-contacts.ts';
import { resendCertificate } from '../whatsapp/resend-certificate.ts';
import { issueCertificate } from './issue-certificate.ts';
import type { Keyring } from './keys.ts';

let test: TestDatabase;
let db: Db;
let mothers = 0;

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const KEYRING: Keyring = {
  signing: { keyId: 'test-1', privateKey },
  trusted: new Map([['test-1', { publicKey, status: 'active' as const }]]),
};
const SETTINGS = { keyring: KEYRING, publicBaseUrl: 'http://localhost:3000' };

beforeAll(async () => {
  useAadhaarKey(randomBytes(32));
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

/** A registered still-birth reported by the given informant, certified as its job would. */
async function certifiedStillBirth(relation: string, mobile: string): Promise<string> {
  mothers += 1;
  const birth = sampleBirth({ mobile, childName: null });
  const declaration = {
    ...birth,
    birth: { ...(birth.birth as object), date: '2026-12-02' },
    child: { sex: 'indeterminate' },
    mother: { name: { en: `Still Mother ${'x'.repeat(mothers)}` } },
    informant: { ...(birth.informant as object), name: { en: 'Informant Test' }, relation },
  };
  const opened = await openEvent(
    db,
    REGISTRAR,
    { eventType: 'still_birth', declaration, statistical: { gestationWeeks: 32 } },
    { isComplete: true, now: NOW },
  );
  const registered = await registerEvent(db, REGISTRAR, opened.recordId, NOW);
  expect(registered.registrationNumber).toMatch(/^S-2026:28-90001-\d{6}$/);
  await issueCertificate(
    db,
    SETTINGS,
    { recordId: opened.recordId, certificateId: registered.certificateId },
    NOW,
  );

  return opened.recordId;
}

async function sendsOf(recordId: string) {
  return db.query<{ to_wa_id: string; template_name: string; send_basis: string | null }>(
    'select to_wa_id, template_name, send_basis from wa_messages where record_id = $1 order by created_at',
    [recordId],
  );
}

describe('the extract of a still-birth goes to the parents only', () => {
  it('is issued and sent as still_birth_extract_ready when the mother is the informant', async () => {
    const recordId = await certifiedStillBirth('mother', '+91 90000 81001');

    const [certificate] = await db.query<{ form: string; payload: string }>(
      'select form, payload from certificates where record_id = $1',
      [recordId],
    );
    expect(certificate?.form).toBe('still-birth-extract');
    expect(certificate?.payload).toMatch(/^v1~S~S-2026/);
    expect(await sendsOf(recordId)).toEqual([
      { to_wa_id: '919000081001', template_name: 'still_birth_extract_ready', send_basis: null },
    ]);
  });

  it('is issued but not sent when the informant is not a parent, and a re-send goes only to a parent', async () => {
    const recordId = await certifiedStillBirth('medical_officer', '+91 90000 81002');

    const [certificate] = await db.query('select 1 from certificates where record_id = $1', [
      recordId,
    ]);
    expect(certificate).toBeDefined();
    expect(await sendsOf(recordId)).toEqual([]);
    const refused = await failureOf(resendCertificate(db, REGISTRAR, { recordId, body: {} }, NOW));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues.map((issue) => issue.field)).toEqual(['waId']);

    await updateRecordContacts(db, REGISTRAR, recordId, {
      add: [{ role: 'mother', mobile: '+91 90000 81003' }],
      reason: "the mother's number, given at the counter",
    });
    const sent = await resendCertificate(
      db,
      REGISTRAR,
      { recordId, body: { waId: '919000081003' } },
      NOW,
    );
    expect(sent).toMatchObject({ status: 'queued', isRepeat: false });
    expect(await sendsOf(recordId)).toEqual([
      {
        to_wa_id: '919000081003',
        template_name: 'still_birth_extract_ready',
        send_basis: 'mother',
      },
    ]);
  });
});
