import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/db.ts';
import type { Actor } from '../../src/registry/actor.ts';
import { addQueueItem, type QueueItemKind } from '../../src/registry/add-queue-item.ts';
import { openEvent } from '../../src/registry/open-event.ts';
import { registerEvent } from '../../src/registry/register-event.ts';
import { seedUnits } from '../../src/registry/seed-units.ts';
import { recordStatus } from '../../src/whatsapp/apply-statuses.ts';
import { birthOn, NOW, REGISTRAR } from './lifecycle-fixture.ts';

export const ANG_REGISTRAR: Actor = {
  userId: null,
  username: 'tnl-gp-ang',
  role: 'registrar',
  unitCode: 'TNL-GP-ANG',
};

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

type Outcome =
  | { kind: 'queued' }
  | { kind: 'sent' }
  | { kind: 'delivered'; afterSeconds: number; isRead?: boolean }
  | { kind: 'failed'; code: number }
  | { kind: 'replaced'; deliveredAfterSeconds: number };

let serial = 0;

/**
 * The dashboard's seeded register (report day 4 Dec 2026, 10:00 India; range from 1 Nov):
 * Tenali Municipality registers four births on 4 Dec (delivered in 30 s and read; delivered in
 * 90 s; failed with 131026; still queued) and one on 20 Nov (delivered in 600 s), one on
 * 20 Oct (outside the range) and declares one it has not registered. Angalakuduru registers
 * two on 4 Dec: one only sent, one refused outside the window (131047) whose template arrived
 * in 20 s. Field issues: two in range for TNL-M (one resolved), one from October, one for
 * Angalakuduru; plus one open informant-not-reachable item in TNL-M.
 */
export async function seedDashboardRegister(db: Db): Promise<void> {
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  await registered(db, {
    actor: REGISTRAR,
    eventDate: '2026-12-01',
    outcome: { kind: 'delivered', afterSeconds: 30, isRead: true },
  });
  await registered(db, {
    actor: REGISTRAR,
    eventDate: '2026-11-30',
    outcome: { kind: 'delivered', afterSeconds: 90 },
  });
  await registered(db, {
    actor: REGISTRAR,
    eventDate: '2026-11-29',
    outcome: { kind: 'failed', code: 131026 },
  });
  await registered(db, { actor: REGISTRAR, eventDate: '2026-11-28', outcome: { kind: 'queued' } });
  await registered(db, {
    actor: REGISTRAR,
    eventDate: '2026-11-15',
    now: new Date('2026-11-20T10:00:00+05:30'),
    outcome: { kind: 'delivered', afterSeconds: 600 },
  });
  await registered(db, {
    actor: REGISTRAR,
    eventDate: '2026-10-15',
    now: new Date('2026-10-20T10:00:00+05:30'),
    outcome: { kind: 'delivered', afterSeconds: 5 },
  });
  await openEvent(db, REGISTRAR, birthOn('2026-11-27'), { isComplete: true, now: NOW });
  await registered(db, {
    actor: ANG_REGISTRAR,
    eventDate: '2026-12-02',
    outcome: { kind: 'sent' },
  });
  await registered(db, {
    actor: ANG_REGISTRAR,
    eventDate: '2026-12-03',
    outcome: { kind: 'replaced', deliveredAfterSeconds: 20 },
  });
  await seedQueue(db);
}

async function registered(
  db: Db,
  options: { actor: Actor; eventDate: string; now?: Date; outcome: Outcome },
): Promise<string> {
  const now = options.now ?? NOW;
  const body = birthOn(options.eventDate);
  if (options.actor.unitCode !== 'TNL-M') {
    const declaration = body.declaration as { birth: Record<string, unknown> };
    declaration.birth.place = {
      type: 'home',
      address: { en: 'Door 9, Canal Road, Angalakuduru', te: 'అంగలకుదురు' },
    };
  }
  const { recordId } = await openEvent(db, options.actor, body, { isComplete: true, now });
  await registerEvent(db, options.actor, recordId, now);
  await message(db, recordId, now, options.outcome);

  return recordId;
}

async function message(
  db: Db,
  recordId: string,
  registeredAt: Date,
  outcome: Outcome,
): Promise<void> {
  serial += 1;
  const waMessageId = `wamid.DASH${serial}`;
  const at = (seconds: number): Date => new Date(registeredAt.getTime() + seconds * SECOND_MS);
  const isFailed = outcome.kind === 'failed' || outcome.kind === 'replaced';
  const id = await insertMessage(db, {
    recordId,
    waMessageId: outcome.kind === 'queued' ? null : waMessageId,
    status: outcome.kind === 'queued' ? 'queued' : 'accepted',
  });

  if (isFailed) {
    const code = outcome.kind === 'failed' ? outcome.code : 131047;
    await db.query("update wa_messages set status = 'failed', error_code = $2 where id = $1", [
      id,
      code,
    ]);
  }
  if (outcome.kind === 'replaced') {
    serial += 1;
    await insertMessage(db, {
      recordId,
      waMessageId: `wamid.DASH${serial}`,
      status: 'accepted',
      replaces: id,
    });
    await recordStatus(db, {
      waMessageId: `wamid.DASH${serial}`,
      status: 'delivered',
      occurredAt: at(outcome.deliveredAfterSeconds),
    });
  }
  if (outcome.kind === 'sent')
    await recordStatus(db, { waMessageId, status: 'sent', occurredAt: at(2) });
  if (outcome.kind === 'delivered') {
    await recordStatus(db, { waMessageId, status: 'sent', occurredAt: at(1) });
    await recordStatus(db, {
      waMessageId,
      status: 'delivered',
      occurredAt: at(outcome.afterSeconds),
    });
    if (outcome.isRead)
      await recordStatus(db, {
        waMessageId,
        status: 'read',
        occurredAt: at(outcome.afterSeconds + 60),
      });
  }
}

async function insertMessage(
  db: Db,
  row: { recordId: string; waMessageId: string | null; status: string; replaces?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into wa_messages (id, record_id, to_wa_id, kind, template_name, language, status, wa_message_id, replaces_message_id)
     values ($1, $2, '919876543210', 'certificate', $3, 'te', $4, $5, $6)`,
    [
      id,
      row.recordId,
      row.replaces ? 'certificate_ready' : null,
      row.status,
      row.waMessageId,
      row.replaces ?? null,
    ],
  );

  return id;
}

async function seedQueue(db: Db): Promise<void> {
  const resolved = await queued(db, 'field-issue', 'TNL-M', NOW);
  await db.query('update registrar_queue set resolved_at = $2, resolution = $3 where id = $1', [
    resolved,
    NOW,
    'sent again',
  ]);
  await queued(db, 'field-issue', 'TNL-M', NOW);
  await queued(db, 'field-issue', 'TNL-M', new Date(NOW.getTime() - 40 * DAY_MS));
  await queued(db, 'field-issue', 'TNL-GP-ANG', NOW);
  await queued(db, 'informant-not-reachable', 'TNL-M', NOW);
}

async function queued(db: Db, kind: QueueItemKind, unitCode: string, at: Date): Promise<string> {
  const id = await addQueueItem(db, { kind, unitCode, description: 'a field issue' });
  await db.query('update registrar_queue set created_at = $2 where id = $1', [id, at]);

  return id;
}
