import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { recordStatus, settleMessageStatus, type StatusEvent } from './apply-statuses.ts';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(async () => test.drop());

async function messageWith(waMessageId: string | null, status = 'accepted'): Promise<string> {
  const id = randomUUID();
  await test.db.query(
    "insert into wa_messages (id, to_wa_id, kind, language, status, wa_message_id) values ($1, '919876543210', 'certificate', 'te', $2, $3)",
    [id, status, waMessageId],
  );

  return id;
}

async function statusOf(id: string): Promise<{ status: string; error_code: number | null }> {
  const [row] = await test.db.query<{ status: string; error_code: number | null }>('select status, error_code from wa_messages where id = $1', [id]);

  return row ?? { status: 'missing', error_code: null };
}

const at = (seconds: number): Date => new Date(1_764_836_400_000 + seconds * 1000);

describe('delivery statuses', () => {
  it('move only forward whatever order they arrive in: read, then a late sent and delivered', async () => {
    const wamid = `wamid.${randomUUID()}`;
    const id = await messageWith(wamid);
    const events: StatusEvent[] = [
      { waMessageId: wamid, status: 'read', occurredAt: at(3) },
      { waMessageId: wamid, status: 'sent', occurredAt: at(1) },
      { waMessageId: wamid, status: 'delivered', occurredAt: at(2) },
    ];

    for (const event of events) await recordStatus(test.db, event);

    expect((await statusOf(id)).status).toBe('read');
  });

  it('keeps failed final, with its error code', async () => {
    const wamid = `wamid.${randomUUID()}`;
    const id = await messageWith(wamid);

    await recordStatus(test.db, { waMessageId: wamid, status: 'failed', occurredAt: at(2), errorCode: 131026, errorDetails: 'Message undeliverable' });
    await recordStatus(test.db, { waMessageId: wamid, status: 'delivered', occurredAt: at(3) });

    expect(await statusOf(id)).toEqual({ status: 'failed', error_code: 131026 });
  });

  it('records the same status twice only once', async () => {
    const wamid = `wamid.${randomUUID()}`;
    await messageWith(wamid);

    await Promise.all([1, 2].map(() => recordStatus(test.db, { waMessageId: wamid, status: 'delivered', occurredAt: at(2) })));

    const rows = await test.db.query('select * from wa_status_events where wa_message_id = $1', [wamid]);
    expect(rows).toHaveLength(1);
  });

  it('keeps a status that arrives before the send was recorded, and applies it when it is', async () => {
    const wamid = `wamid.${randomUUID()}`;
    await recordStatus(test.db, { waMessageId: wamid, status: 'delivered', occurredAt: at(2) });
    const id = await messageWith(null, 'sending');

    await test.db.query("update wa_messages set wa_message_id = $2, status = 'accepted' where id = $1", [id, wamid]);
    await settleMessageStatus(test.db, wamid);

    expect((await statusOf(id)).status).toBe('delivered');
  });
});
