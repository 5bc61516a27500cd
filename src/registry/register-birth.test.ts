import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../cli/sample-birth.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { Actor } from './actor.ts';
import { registerBirth } from './register-birth.ts';
import { seedAccounts } from './seed-accounts.ts';
import { seedUnits } from './seed-units.ts';

const REGISTRAR: Actor = { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' };
const NOW = new Date('2026-12-04T10:00:00+05:30');

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, { units: 'seed/tenali-pilot-units.csv', facilities: 'seed/tenali-facilities.csv' });
  const [account] = await seedAccounts(db, 'a-long-test-password');
  const [user] = await db.query<{ id: string }>('select id from users where username = $1', [account?.username]);
  REGISTRAR.userId = user?.id ?? null;
});

afterAll(async () => test.drop());

function birthOn(date: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const birth = sampleBirth();

  return { ...birth, birth: { ...(birth.birth as object), date }, ...overrides };
}

async function failureOf(work: Promise<unknown>): Promise<AppError> {
  const error: unknown = await work.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);

  return error;
}

async function countRows(): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(
    `select (select count(*)::int from records) as records, (select count(*)::int from record_history) as history,
            (select count(*)::int from outbox) as outbox`,
  );

  return row ?? {};
}

describe('registerBirth', () => {
  it('assigns the state pattern number, writes the record, its first history entry and the certificate job', async () => {
    const registered = await registerBirth(db, REGISTRAR, birthOn('2026-12-02'), NOW);

    expect(registered.registrationNumber).toMatch(/^B-2026:28-90001-\d{6}$/);
    expect(registered.registrationDate).toBe('2026-12-04');
    const history = await db.query<{ seq: number; action: string; actor_role: string }>(
      'select seq, action, actor_role from record_history where record_id = $1', [registered.recordId]);
    expect(history).toEqual([{ seq: 1, action: 'register', actor_role: 'registrar' }]);
    const jobs = await db.query<{ kind: string; payload: { recordId: string } }>(
      "select kind, payload from outbox where payload->>'recordId' = $1", [registered.recordId]);
    expect(jobs).toEqual([{ kind: 'certificate.issue', payload: { recordId: registered.recordId, certificateId: registered.certificateId } }]);
  });

  it('numbers registrations of one unit and year one after another, never twice', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 6 }, () => registerBirth(db, REGISTRAR, birthOn('2026-12-01'), NOW)),
    );
    const serials = numbers.map((n) => Number(n.registrationNumber.slice(-6))).sort((a, b) => a - b);

    expect(new Set(serials).size).toBe(6);
    expect((serials.at(-1) ?? 0) - (serials[0] ?? 0)).toBe(5);
  });

  it('registers a birth without a name', async () => {
    const registered = await registerBirth(db, REGISTRAR, { ...sampleBirth({ childName: null }) }, new Date());

    const [record] = await db.query<{ declaration: { child: { name?: unknown } } }>('select declaration from records where id = $1', [registered.recordId]);
    expect(record?.declaration.child.name).toBeUndefined();
  });

  it('takes a birth reported on day 21 and refuses day 22 in one step: the late fee is missing', async () => {
    await expect(registerBirth(db, REGISTRAR, birthOn('2026-11-13'), NOW)).resolves.toMatchObject({ registrationDate: '2026-12-04' });

    const error = await failureOf(registerBirth(db, REGISTRAR, birthOn('2026-11-12'), NOW));
    expect(error.code).toBe('REQUIREMENTS_MISSING');
    expect(error.issues.map((issue) => issue.field)).toEqual(['requirements.late_fee']);
  });

  it('uses the date in India: 00:30 IST on 4 December is still 3 December in UTC', async () => {
    const justAfterMidnightIst = new Date('2026-12-03T19:00:00Z');

    const birth = birthOn('2026-12-04');
    (birth.birth as Record<string, unknown>).time = '00:10';

    const registered = await registerBirth(db, REGISTRAR, birth, justAfterMidnightIst);
    expect(registered.registrationDate).toBe('2026-12-04');
    (birth.birth as Record<string, unknown>).time = '00:40';
    expect((await failureOf(registerBirth(db, REGISTRAR, birth, justAfterMidnightIst))).issues[0]?.field).toBe('birth.date');
  });

  it('names every bad field and writes nothing', async () => {
    const before = await countRows();
    const input = birthOn('2026-13-40', {
      child: { sex: 'unknown' },
      informant: { name: { en: 'X' }, relation: 'mother', mobile: '12345', language: 'te' },
    });

    const error = await failureOf(registerBirth(db, REGISTRAR, input, NOW));

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(['birth.date', 'child.sex', 'informant.mobile']);
    expect(await countRows()).toEqual(before);
  });

  it('refuses a facility of another unit and a birth in the future', async () => {
    const elsewhere = birthOn('2026-12-02');
    (elsewhere.birth as Record<string, unknown>).place = { type: 'facility', facilityId: 'NO-SUCH' };

    expect((await failureOf(registerBirth(db, REGISTRAR, elsewhere, NOW))).issues).toEqual([
      {
        field: 'birth.place.facilityId',
        message: 'This is not a health facility of this unit.',
        messageTe: 'ఇది ఈ యూనిట్‌లోని ఆరోగ్య కేంద్రం కాదు.',
      },
    ]);
    expect((await failureOf(registerBirth(db, REGISTRAR, birthOn('2026-12-05'), NOW))).issues[0]?.field).toBe('birth.date');
  });

  it('tells each problem once, in Telugu and English, and refuses a Telugu name in mixed scripts', async () => {
    const input = birthOn('03-12-2026', { child: { name: { en: 'Sri Lakshmi', te: 'Sri లక్ష్మీ' }, sex: 'female' } });

    const error = await failureOf(registerBirth(db, REGISTRAR, input, NOW));

    expect(error.issues).toEqual([
      { field: 'child.name.te', message: 'This must be in Telugu script only.', messageTe: 'ఇది తెలుగు లిపిలో మాత్రమే ఉండాలి.' },
      { field: 'birth.date', message: 'A real date, written YYYY-MM-DD.', messageTe: 'తేదీ YYYY-MM-DD రూపంలో, నిజమైన తేదీగా ఉండాలి.' },
    ]);
  });

  it('keeps a registrar to their own unit', async () => {
    const error = await failureOf(registerBirth(db, REGISTRAR, { ...birthOn('2026-12-02'), unitCode: 'TNL-GP-ANG' }, NOW));

    expect(error.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('history is append-only in the database itself', async () => {
    await expect(db.query("update record_history set legal_basis = 'edited'")).rejects.toThrow(/append-only/);
    await expect(db.query('delete from record_history')).rejects.toThrow(/append-only/);
  });

  it('flags a birth already held (same mother, date within 3 days, same hospital) without refusing it', async () => {
    const mother = { name: { en: 'Yamini Sreedevi Alapati' } };
    const first = await registerBirth(db, REGISTRAR, birthOn('2026-12-01', { mother }), NOW);
    const again = await registerBirth(db, REGISTRAR, birthOn('2026-12-02', { mother: { name: { en: 'Yamini Sridevi Alapati' } } }), NOW);
    const twin = await registerBirth(
      db, REGISTRAR, birthOn('2026-12-02', { mother, child: { name: { en: 'Hari Alapati' }, sex: 'male' } }), NOW);

    expect(first.possibleDuplicates).toEqual([]);
    expect(again.possibleDuplicates).toEqual([first.recordId]);
    expect(again.registrationNumber).toMatch(/^B-2026:28-90001-\d{6}$/);
    expect(twin.possibleDuplicates).toEqual([]);
    const [candidate] = await db.query<{ status: string; reasons: string[] }>(
      'select status, reasons from duplicate_candidates where record_id = $1', [again.recordId]);
    expect(candidate).toEqual({ status: 'open', reasons: ['same_mother', 'event_date_within_3_days', 'same_place', 'same_unit'] });
  });
});
