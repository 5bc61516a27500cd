import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeyring, type Keyring } from '../certificates/keys.ts';
import { sampleBirth } from '../cli/sample-birth.ts';
import type { Db } from '../db/db.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { Actor } from './actor.ts';
import { checkpointHistory } from './checkpoint-history.ts';
import { registerBirth } from './register-birth.ts';
import { seedUnits } from './seed-units.ts';
import { verifyHistory } from './verify-history.ts';

const REGISTRAR: Actor = { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' };
const REGISTERED_AT = new Date(Date.now() - 3_600_000);

let test: TestDatabase;
let db: Db;
let keyDir: string;
let keyring: Keyring;
const recordIds: string[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  keyDir = mkdtempSync(join(tmpdir(), 'patra-audit-'));
  keyring = loadKeyring({ dataDir: keyDir });
  await seedUnits(db, { units: 'seed/tenali-pilot-units.csv', facilities: 'seed/tenali-facilities.csv' });
  // Three children of one mother with their own names: not possible duplicates of each other,
  // so each record's chain holds exactly its registration.
  const names = [
    { en: 'Sri Lakshmi Kondaveeti', te: 'కొండవీటి శ్రీ లక్ష్మీ' },
    { en: 'Sri Devi Kondaveeti', te: 'కొండవీటి శ్రీ దేవి' },
    { en: 'Sri Vani Kondaveeti', te: 'కొండవీటి శ్రీ వాణి' },
  ];
  for (const childName of names) {
    const birth = sampleBirth({ childName });
    const registered = await registerBirth(db, REGISTRAR, birth, REGISTERED_AT);
    recordIds.push(registered.recordId);
  }
});

afterAll(async () => {
  await test.drop();
  rmSync(keyDir, { recursive: true, force: true });
});

/** Rewrites one entry the way only a superuser could: past the append-only trigger. */
async function tamper(statement: string, params: unknown[]): Promise<void> {
  await db.exec('alter table record_history disable trigger user');
  await db.query(statement, params);
  await db.exec('alter table record_history enable trigger user');
}

describe('verifyHistory', () => {
  it('accepts untouched chains and a signed checkpoint over them', async () => {
    const checkpoint = await checkpointHistory(db, keyring);

    expect(checkpoint).toMatchObject({ recordCount: 3, entryCount: 3 });
    expect(await verifyHistory(db, keyring)).toEqual({ ok: true, records: 3, entries: 3, checkpoints: 1 });
  });

  it('refuses an update through the normal path: the table is append-only', async () => {
    const attempt = db.query("update record_history set legal_basis = 'x' where record_id = $1", [recordIds[0]]);

    await expect(attempt).rejects.toThrow(/append-only/);
  });

  it('names the record and seq of an entry edited behind the trigger', async () => {
    const target = [...recordIds].sort()[1] ?? '';
    await tamper("update record_history set details = jsonb_set(details, '{registrationDate}', '\"2020-01-01\"') where record_id = $1 and seq = 1", [target]);

    const result = await verifyHistory(db, keyring);

    expect(result).toMatchObject({ ok: false, broken: { kind: 'entry', recordId: target, seq: 1, reason: 'hash-mismatch' } });
  });

  it('catches a chain rewritten consistently through the signed checkpoint', async () => {
    const target = [...recordIds].sort()[1] ?? '';
    await tamper('delete from record_history where record_id = $1', [target]);

    const result = await verifyHistory(db, keyring);

    expect(result).toMatchObject({ ok: false, broken: { kind: 'checkpoint', checkpointId: 1, reason: 'digest-mismatch' } });
  });
});
