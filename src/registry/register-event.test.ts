import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { DISTRICT_REGISTRAR, HOSPITAL, NOW, REGISTRAR, SUB_REGISTRAR, birthOn, failureOf } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { completeDeclaration } from './complete-declaration.ts';
import { openEvent } from './open-event.ts';
import { recordRequirement } from './record-requirement.ts';
import { registerEvent } from './register-event.ts';
import { rejectEvent } from './reject-event.ts';
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

describe('time limits as a registrar checks them (report on 4 Dec 2026, India)', () => {
  it('a birth on day 21 registers free, with a B number', async () => {
    const id = await declared(birthOn('2026-11-13'));

    const registered = await registerEvent(db, REGISTRAR, id, NOW);
    expect(registered.registrationNumber).toMatch(/^B-2026:28-90001-\d{6}$/);
    expect(registered.certificateId).toBeDefined();
  });

  it('day 22 needs the late fee (Rs 25, with a receipt number), then registers', async () => {
    const id = await declared(birthOn('2026-11-12'));

    const refused = await failureOf(registerEvent(db, REGISTRAR, id, NOW));
    expect(refused.code).toBe('REQUIREMENTS_MISSING');
    expect(refused.issues.map((issue) => issue.field)).toEqual(['requirements.late_fee']);
    expect(refused.issues[0]?.messageTe).toContain('ఆలస్య రుసుము');

    const tooLittle = await failureOf(
      recordRequirement(
        db,
        REGISTRAR,
        id,
        'late_fee',
        { amountRupees: 20, receiptNumber: 'R-1', paidOn: '2026-12-04' },
        NOW,
      ),
    );
    expect(tooLittle.issues[0]?.field).toBe('amountRupees');
    await recordRequirement(
      db,
      REGISTRAR,
      id,
      'late_fee',
      { amountRupees: 25, receiptNumber: 'R-1', paidOn: '2026-12-04' },
      NOW,
    );
    await expect(registerEvent(db, REGISTRAR, id, NOW)).resolves.toMatchObject({
      registrationDate: '2026-12-04',
    });
  });

  it("day 31 needs the District Registrar's permission and an affidavit besides the fee", async () => {
    const id = await declared(birthOn('2026-11-03'));

    const refused = await failureOf(registerEvent(db, REGISTRAR, id, NOW));
    expect(refused.issues.map((issue) => issue.field)).toEqual([
      'requirements.permission',
      'requirements.affidavit',
      'requirements.late_fee',
    ]);

    const byRegistrar = await failureOf(
      recordRequirement(
        db,
        REGISTRAR,
        id,
        'permission',
        { reference: 'DR/GNT/1', grantedOn: '2026-12-04' },
        NOW,
      ),
    );
    expect(byRegistrar.code).toBe('FORBIDDEN');
    await recordRequirement(
      db,
      DISTRICT_REGISTRAR,
      id,
      'permission',
      { reference: 'DR/GNT/1', grantedOn: '2026-12-04' },
      NOW,
    );
    await recordRequirement(
      db,
      SUB_REGISTRAR,
      id,
      'affidavit',
      { swornBefore: 'notary_public', reference: 'N-77', swornOn: '2026-12-01' },
      NOW,
    );
    await recordRequirement(
      db,
      REGISTRAR,
      id,
      'late_fee',
      { amountRupees: 250, receiptNumber: 'R-2', paidOn: '2026-12-04' },
      NOW,
    );

    await expect(registerEvent(db, REGISTRAR, id, NOW)).resolves.toMatchObject({
      registrationDate: '2026-12-04',
    });
  });

  it("day 366 needs a magistrate's order, by a DM, SDM or Executive Magistrate since 1 Oct 2023", async () => {
    const id = await declared(birthOn('2025-12-03'));

    const refused = await failureOf(registerEvent(db, REGISTRAR, id, NOW));
    expect(refused.issues.map((issue) => issue.field)).toEqual([
      'requirements.magistrate_order',
      'requirements.late_fee',
    ]);

    const oldAuthority = await failureOf(
      recordRequirement(
        db,
        REGISTRAR,
        id,
        'magistrate_order',
        { authority: 'first_class_magistrate', orderNumber: 'O-1', orderedOn: '2026-11-20' },
        NOW,
      ),
    );
    expect(oldAuthority.issues[0]?.field).toBe('authority');
    await recordRequirement(
      db,
      REGISTRAR,
      id,
      'magistrate_order',
      { authority: 'sub_divisional_magistrate', orderNumber: 'O-1', orderedOn: '2026-11-20' },
      NOW,
    );
    await recordRequirement(
      db,
      REGISTRAR,
      id,
      'late_fee',
      { amountRupees: 250, receiptNumber: 'R-3', paidOn: '2026-12-04' },
      NOW,
    );

    await expect(registerEvent(db, REGISTRAR, id, NOW)).resolves.toMatchObject({
      registrationDate: '2026-12-04',
    });
  });

  it("counts from the hospital's notification: notified on day 3, declared on day 25, still free", async () => {
    const body = birthOn('2026-11-09');
    const notified = await openEvent(
      db,
      HOSPITAL,
      { eventType: 'birth', declaration: { birth: (body.declaration as { birth: object }).birth } },
      { isComplete: false, now: new Date('2026-11-12T09:00:00+05:30') },
    );
    await completeDeclaration(db, REGISTRAR, notified.recordId, body, NOW);

    await expect(registerEvent(db, REGISTRAR, notified.recordId, NOW)).resolves.toMatchObject({
      registrationDate: '2026-12-04',
    });
    const [row] = await db.query<{ source: string }>('select source from records where id = $1', [
      notified.recordId,
    ]);
    expect(row?.source).toBe('hospital');
  });
});

describe('lifecycle', () => {
  it('a sub-registrar declares but may not register; a rejection needs a reason and ends the record', async () => {
    const { recordId } = await openEvent(db, SUB_REGISTRAR, birthOn('2026-12-01'), {
      isComplete: true,
      now: NOW,
    });

    expect((await failureOf(registerEvent(db, SUB_REGISTRAR, recordId, NOW))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(rejectEvent(db, REGISTRAR, recordId, {}, NOW))).code).toBe(
      'VALIDATION_FAILED',
    );
    await rejectEvent(
      db,
      REGISTRAR,
      recordId,
      { reason: 'The informant withdrew the report' },
      NOW,
    );
    expect((await failureOf(registerEvent(db, REGISTRAR, recordId, NOW))).code).toBe(
      'INVALID_STATUS',
    );
  });

  it('a notified record cannot be registered until it is declared', async () => {
    const body = birthOn('2026-12-02');
    const notified = await openEvent(
      db,
      HOSPITAL,
      { eventType: 'birth', declaration: { birth: (body.declaration as { birth: object }).birth } },
      { isComplete: false, now: NOW },
    );

    expect((await failureOf(registerEvent(db, REGISTRAR, notified.recordId, NOW))).code).toBe(
      'INVALID_STATUS',
    );
  });

  it('a hospital may not notify in a unit not on its key', async () => {
    const body = birthOn('2026-12-02');
    const elsewhere = {
      ...body,
      declaration: {
        ...(body.declaration as object),
        unitCode: 'TNL-GP-ANG',
        birth: { date: '2026-12-02', place: { type: 'home', address: { en: 'Angalakuduru' } } },
      },
    };

    expect(
      (await failureOf(openEvent(db, HOSPITAL, elsewhere, { isComplete: false, now: NOW }))).code,
    ).toBe('OUTSIDE_JURISDICTION');
  });

  it('a still-birth needs 28 weeks of gestation and takes an S number', async () => {
    const body = birthOn('2026-12-01');
    const stillBirth = {
      eventType: 'still_birth',
      declaration: { ...(body.declaration as object), child: { sex: 'male' } },
      statistical: { gestationWeeks: 26 },
    };

    const early = await failureOf(
      openEvent(db, REGISTRAR, stillBirth, { isComplete: true, now: NOW }),
    );
    expect(early.issues).toEqual([
      expect.objectContaining({ field: 'statistical.gestationWeeks' }),
    ]);
    const id = await declared({ ...stillBirth, statistical: { gestationWeeks: 30 } });
    expect((await registerEvent(db, REGISTRAR, id, NOW)).registrationNumber).toMatch(
      /^S-2026:28-90001-/,
    );
  });
});
