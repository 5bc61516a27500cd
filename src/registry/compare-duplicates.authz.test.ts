import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import {
  DISTRICT_REGISTRAR,
  NOW,
  REGISTRAR,
  failureOf,
} from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { useAadhaarKey } from './aadhaar-key.ts';
import type { Actor } from './actor.ts';
import { compareDuplicate, listDuplicates } from './compare-duplicates.ts';
import { decideDuplicate } from './decide-duplicate.ts';
import { openEvent } from './open-event.ts';
import { seedUnits } from './seed-units.ts';

let test: TestDatabase;
let db: Db;

const VILLAGE: Actor = {
  userId: null,
  username: 'tnl-gp-ang',
  role: 'registrar',
  unitCode: 'TNL-GP-ANG',
};
const ELSEWHERE: Actor = { userId: null, username: 'vja-m', role: 'registrar', unitCode: 'VJA-M' };

beforeAll(async () => {
  useAadhaarKey(randomBytes(32));
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  await db.query(
    `insert into units (code, kind, name_en, name_te, mandal_en, mandal_te, district_en, district_te, registrar_office, crs_code)
     values ('VJA-M', 'municipality', 'Vijayawada Municipal Corporation', 'విజయవాడ నగరపాలక సంస్థ', 'Vijayawada',
       'విజయవాడ', 'Krishna', 'కృష్ణా', 'Municipal Commissioner', '91001')`,
  );
});

afterAll(async () => test.drop());

/** The same death reported by the town's hospital and by the panchayat of residence. */
function deathIn(unitCode: string, place: object, name: string): Record<string, unknown> {
  return {
    eventType: 'death',
    declaration: {
      unitCode,
      deceased: { name: { en: name }, sex: 'male', age: { years: 80 }, aadhaar: '234123412346' },
      death: { date: '2026-12-02', time: '05:30', place },
      permanentAddress: { en: '4-12, Temple Street, Angalakuduru', pincode: '522211' },
      informant: {
        name: { en: 'Rama Devi Mandava' },
        relation: 'relative',
        mobile: '+91 90000 71234',
      },
    },
  };
}

async function crossUnitPair(
  name = 'Kotaiah Mandava',
): Promise<{ hospital: string; village: string }> {
  const hospital = await openEvent(
    db,
    REGISTRAR,
    deathIn('TNL-M', { type: 'facility', facilityId: 'TNL-GDH' }, name),
    {
      isComplete: true,
      now: NOW,
    },
  );
  const home = { type: 'home', address: { en: 'Angalakuduru' } };
  const village = await openEvent(db, VILLAGE, deathIn('TNL-GP-ANG', home, name), {
    isComplete: true,
    now: NOW,
  });
  expect(village.possibleDuplicates).toEqual([hospital.recordId]);

  return { hospital: hospital.recordId, village: village.recordId };
}

describe('a death reported in two units of one district', () => {
  it('is flagged across units, and both registrars and the District Registrar see the pair', async () => {
    const { hospital, village } = await crossUnitPair();
    const pair = { recordId: village, otherRecordId: hospital };

    for (const actor of [REGISTRAR, VILLAGE, DISTRICT_REGISTRAR]) {
      expect(await listDuplicates(db, actor)).toContainEqual(
        expect.objectContaining({ ...pair, unitCode: 'TNL-GP-ANG', otherUnitCode: 'TNL-M' }),
      );
    }
    const fromVillage = await compareDuplicate(db, VILLAGE, pair);
    expect(fromVillage.reasons).toContain('other_unit_same_district');
    expect(fromVillage.record).toMatchObject({ id: village, unitCode: 'TNL-GP-ANG' });
    expect(fromVillage.other).toMatchObject({
      id: hospital,
      isReduced: true,
      unitCode: 'TNL-M',
      eventDate: '2026-12-02',
      place: { type: 'facility', facilityId: 'TNL-GDH' },
      person: { role: 'deceased', name: { en: 'Kotaiah Mandava' } },
      ageYears: 80,
    });
    const district = await compareDuplicate(db, DISTRICT_REGISTRAR, pair);
    expect(district.other).not.toHaveProperty('isReduced');
  });

  it("shows the other unit's record reduced: no number, address, Aadhaar, phone, informant or history", async () => {
    const { hospital, village } = await crossUnitPair('Venkayamma Tummala');

    const fromTown = await compareDuplicate(db, REGISTRAR, {
      recordId: village,
      otherRecordId: hospital,
    });
    const shown = JSON.stringify(fromTown.record);
    expect(fromTown.record).toMatchObject({ isReduced: true, unitCode: 'TNL-GP-ANG' });
    for (const secret of [
      'Temple Street',
      '522211',
      '2346',
      '71234',
      'Rama Devi',
      'registrationNumber',
      'history',
    ]) {
      expect(shown).not.toContain(secret);
    }
  });

  it("is invisible to a registrar of another district, and decided only by the later report's registrar", async () => {
    const { hospital, village } = await crossUnitPair('Pullaiah Yarlagadda');
    const pair = { recordId: village, otherRecordId: hospital };

    expect(await listDuplicates(db, ELSEWHERE)).toEqual([]);
    expect((await failureOf(compareDuplicate(db, ELSEWHERE, pair))).code).toBe('RECORD_NOT_FOUND');
    expect(
      (await failureOf(decideDuplicate(db, REGISTRAR, pair, { decision: 'duplicate' }, NOW))).code,
    ).toBe('RECORD_NOT_FOUND');
    await expect(
      decideDuplicate(db, VILLAGE, pair, { decision: 'duplicate' }, NOW),
    ).resolves.toMatchObject({
      status: 'rejected',
    });
  });
});
