import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../cli/sample-birth.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { useAadhaarKey } from './aadhaar-key.ts';
import type { Actor } from './actor.ts';
import { addChildName } from './add-child-name.ts';
import { cancelRecord } from './cancel-record.ts';
import { confirmName } from './confirm-name.ts';
import { correctRecord } from './correct-record.ts';
import { registerBirth } from './register-birth.ts';
import { searchRecords } from './search-records.ts';
import { seedUnits } from './seed-units.ts';
import { updateRecordContacts } from './update-record-contacts.ts';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({ userId: null, username: role, role, unitCode: null, ...extra });

const REGISTRAR = actor('registrar', { unitCode: 'TNL-M' });
const ROLES: Record<string, Actor> = {
  'registrar of the unit': REGISTRAR,
  'registrar of another unit': actor('registrar', { unitCode: 'TNL-GP-ANG' }),
  'sub-registrar of the unit': actor('sub_registrar', { unitCode: 'TNL-M' }),
  'district registrar of the district': actor('district_registrar', { districtEn: 'Guntur' }),
  'district registrar of another district': actor('district_registrar', { districtEn: 'Krishna' }),
  'chief registrar': actor('chief_registrar'),
  'state operations': actor('state_operations'),
  'hospital system of the unit': actor('api_client', { unitCodes: ['TNL-M'], clientId: 'c1' }),
};

/** What each caller gets for each change after registration, and for a search by number. */
const EXPECTED: Record<string, { change: string; search: 'found' | 'empty' | 'FORBIDDEN' }> = {
  'registrar of the unit': { change: 'ok', search: 'found' },
  'registrar of another unit': { change: 'RECORD_NOT_FOUND', search: 'empty' },
  'sub-registrar of the unit': { change: 'FORBIDDEN', search: 'found' },
  'district registrar of the district': { change: 'FORBIDDEN', search: 'found' },
  'district registrar of another district': { change: 'FORBIDDEN', search: 'empty' },
  'chief registrar': { change: 'FORBIDDEN', search: 'found' },
  'state operations': { change: 'FORBIDDEN', search: 'found' },
  'hospital system of the unit': { change: 'FORBIDDEN', search: 'FORBIDDEN' },
};

const CHANGES = {
  'add the name': (caller: Actor, id: string) => addChildName(db, caller, id, { name: { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి' } }),
  correct: (caller: Actor, id: string) => correctRecord(db, caller, id, {
    kind: 'clerical', reason: 'spelling', evidence: [{ kind: 'document', reference: 'memo' }], changes: [{ field: 'child.sex', value: 'male' }],
  }),
  cancel: (caller: Actor, id: string) => cancelRecord(db, caller, id, { reason: 'duplicate', evidence: [{ kind: 'document', reference: 'memo' }] }),
  'confirm a name': (caller: Actor, id: string) => confirmName(db, caller, id, { field: 'mother.name', name: { en: 'Durga', te: 'దుర్గ' } }),
  'change the numbers': (caller: Actor, id: string) => updateRecordContacts(db, caller, id, { add: [{ role: 'mother', mobile: '9123456789' }], reason: 'asked' }),
};

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  useAadhaarKey(randomBytes(32));
  await seedUnits(db, { units: 'seed/tenali-pilot-units.csv', facilities: 'seed/tenali-facilities.csv' });
});

afterAll(async () => test.drop());

async function outcome(work: Promise<unknown>): Promise<string> {
  return work.then(() => 'ok', (error: unknown) => (error instanceof AppError ? error.code : String(error)));
}

describe.each(Object.entries(ROLES))('%s', (name, caller) => {
  const expected = EXPECTED[name] ?? { change: '?', search: 'FORBIDDEN' };

  it.each(Object.entries(CHANGES))(`may ${expected.change === 'ok' ? '' : 'not '}%s`, async (_change, run) => {
    const { recordId } = await registerBirth(db, REGISTRAR, sampleBirth({ childName: null }));

    expect(await outcome(run(caller, recordId))).toBe(expected.change);
  });

  it(`search by number: ${expected.search}`, async () => {
    const { registrationNumber, recordId } = await registerBirth(db, REGISTRAR, sampleBirth());

    const result = await searchRecords(db, caller, { number: registrationNumber }).then(
      (records) => (records.some((record) => record.id === recordId) ? 'found' : 'empty'),
      (error: unknown) => (error instanceof AppError ? error.code : String(error)),
    );

    expect(result).toBe(expected.search);
  });
});
