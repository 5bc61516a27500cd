import type { Db } from '../db/db.ts';
import { enqueue, wakeWorkers } from '../jobs/outbox.ts';

/**
 * Stores a webhook body exactly as received and queues its processing, in one transaction, so
 * the reply to Meta can go out at once and nothing is lost if the process stops (Meta has no
 * replay API). The caller has already checked the signature.
 */
export async function receiveWebhook(db: Db, rawBody: Buffer): Promise<number> {
  const inboxId = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>('insert into webhook_inbox (body) values ($1) returning id', [rawBody]);
    const id = row?.id ?? 0;
    await enqueue(tx, 'whatsapp.webhook', { inboxId: id });

    return id;
  });
  wakeWorkers();

  return inboxId;
}
