import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { DISTRICT_REGISTRAR, HOSPITAL, REGISTRAR } from '../../test/support/lifecycle-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import type { Actor } from '../registry/actor.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { listDeadLetters } from './list-dead-letters.ts';

let test: TestDatabase;
let db: Db;

const VILLAGE: Actor = {
  userId: null,
  username: 'tnl-gp-ang',
  role: 'registrar',
  unitCode: 'TNL-GP-ANG',
};
const OPERATIONS: Actor = {
  userId: null,
  username: 'state-ops',
  role: 'state_operations',
  unitCode: null,
};

async function deadJob(kind: string, payload: object): Promise<void> {
  await db.query(
    `insert into outbox (kind, payload, attempts, last_error, dead_at) values ($1, $2, 8, 'gave up', now())`,
    [kind, JSON.stringify(payload)],
  );
}

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  const recordId = randomUUID();
  await db.query(
    `insert into records (id, event_type, unit_code, status, event_date, declaration, informant_language)
     values ($1, 'birth', 'TNL-M', 'declared', '2026-12-02', '{}', 'te')`,
    [recordId],
  );
  await deadJob('certificate.issue', { recordId, certificateId: randomUUID() });
  await deadJob('whatsapp.process-webhook', { inboxId: 1 });
});

afterAll(async () => test.drop());

describe("dead letters are listed within the caller's jurisdiction", () => {
  it("the unit registrar and the District Registrar see the unit's job; another unit sees none", async () => {
    for (const actor of [REGISTRAR, DISTRICT_REGISTRAR]) {
      expect((await listDeadLetters(db, actor)).map((letter) => letter.kind)).toEqual([
        'certificate.issue',
      ]);
    }
    expect(await listDeadLetters(db, VILLAGE)).toEqual([]);
    expect(await listDeadLetters(db, HOSPITAL)).toEqual([]);
  });

  it("the state operations team sees every unit's dead letters, webhook jobs included", async () => {
    const kinds = (await listDeadLetters(db, OPERATIONS)).map((letter) => letter.kind).sort();

    expect(kinds).toEqual(['certificate.issue', 'whatsapp.process-webhook']);
  });
});
