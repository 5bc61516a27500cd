import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { HOSPITAL, NOW, REGISTRAR, birthOn, failureOf } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { compareDuplicate } from './compare-duplicates.ts';
import { decideDuplicate } from './decide-duplicate.ts';
import { duplicateNameKey } from './flag-duplicates.ts';
import { openEvent } from './open-event.ts';
import { registerEvent } from './register-event.ts';
import { seedUnits } from './seed-units.ts';

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

async function declared(body: Record<string, unknown>, now = NOW): Promise<string> {
  return (await openEvent(db, REGISTRAR, body, { isComplete: true, now })).recordId;
}

describe('duplicates', () => {
  it('the same mother at the same facility two days apart waits for the registrar, who rejects it as a duplicate', async () => {
    const first = await declared(birthOn('2026-12-01', { mother: 'Sreenivasa Lakshmi Devi' }));
    const second = await openEvent(
      db,
      REGISTRAR,
      birthOn('2026-12-03', { mother: 'Srinivasa Lakshmi Devi' }),
      { isComplete: true, now: NOW },
    );

    expect(second.possibleDuplicates).toEqual([first]);
    expect((await failureOf(registerEvent(db, REGISTRAR, second.recordId, NOW))).code).toBe(
      'DUPLICATE_PENDING',
    );
    await expect(
      decideDuplicate(
        db,
        REGISTRAR,
        { recordId: second.recordId, otherRecordId: first },
        { decision: 'duplicate' },
        NOW,
      ),
    ).resolves.toMatchObject({ status: 'rejected' });
  });

  it('twins declared as a multiple birth are not duplicates; without that they wait for the registrar', async () => {
    const twin = (order: number, time: string) => {
      const body = birthOn('2026-12-02', {
        mother: 'Naga Satya Bhavani',
        statistical: { multipleBirth: { plurality: 2, order } },
      });
      const declaration = body.declaration as { birth: object };

      return { ...body, declaration: { ...declaration, birth: { ...declaration.birth, time } } };
    };
    await declared(twin(1, '06:40'));
    const second = await openEvent(db, REGISTRAR, twin(2, '06:52'), { isComplete: true, now: NOW });
    expect(second.possibleDuplicates).toEqual([]);

    const third = await openEvent(
      db,
      REGISTRAR,
      birthOn('2026-12-02', { mother: 'Naga Satya Bhavani' }),
      { isComplete: true, now: NOW },
    );
    expect(third.possibleDuplicates).toHaveLength(2);
  });

  it('the same deceased reported by the hospital and by the family is flagged, and both are shown side by side', async () => {
    const death = (name: string, date: string) => ({
      eventType: 'death',
      declaration: {
        deceased: { name: { en: name }, sex: 'female', age: { years: 80 } },
        death: { date, place: { type: 'facility', facilityId: 'TNL-GDH' } },
        permanentAddress: { en: 'Kolakaluru' },
        informant: { name: { en: 'Bhavani' }, relation: 'relative', mobile: '+91 90000 51234' },
      },
    });
    const fromHospital = await openEvent(
      db,
      HOSPITAL,
      {
        eventType: 'death',
        declaration: {
          deceased: death('Venkata Laxmi', '2026-12-02').declaration.deceased,
          death: death('Venkata Laxmi', '2026-12-02').declaration.death,
        },
      },
      { isComplete: false, now: NOW },
    );
    const fromFamily = await openEvent(db, REGISTRAR, death('Venkata Lakshmi', '2026-12-03'), {
      isComplete: true,
      now: NOW,
    });

    expect(fromFamily.possibleDuplicates).toEqual([fromHospital.recordId]);
    const pair = await compareDuplicate(db, REGISTRAR, {
      recordId: fromFamily.recordId,
      otherRecordId: fromHospital.recordId,
    });
    expect(pair).toMatchObject({
      status: 'open',
      reasons: ['same_deceased', 'death_date_within_2_days', 'same_unit'],
      record: { id: fromFamily.recordId },
      other: { id: fromHospital.recordId },
    });
    await decideDuplicate(
      db,
      REGISTRAR,
      { recordId: fromFamily.recordId, otherRecordId: fromHospital.recordId },
      { decision: 'not_duplicate' },
      NOW,
    );
    await expect(registerEvent(db, REGISTRAR, fromFamily.recordId, NOW)).resolves.toMatchObject({
      registrationNumber: expect.stringMatching(/^D-/) as unknown,
    });
  });
});

describe('duplicateNameKey', () => {
  it('folds the spelling variants of one name and keeps different names apart', () => {
    const keys = (names: string[]) => new Set(names.map(duplicateNameKey));

    expect(keys(['Srinivas', 'Sreenivas', 'Shrinivas', 'Srinivasa']).size).toBe(1);
    expect(keys(['Lakshmi', 'Laxmi', 'LAKSHMI']).size).toBe(1);
    expect(keys(['Venkata', 'Venkat']).size).toBe(1);
    expect(duplicateNameKey('Durga Bhavani')).not.toBe(duplicateNameKey('Durga Devi'));
  });
});
