import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';
import { fallBackToTemplate } from './fall-back-to-template.ts';
import { markSendFailed } from './mark-send-failed.ts';
import { recordSendError } from './record-send-error.ts';

const OUTSIDE_WINDOW_CODE = 131047;

export interface FailedDelivery {
  waMessageId: string;
  code?: number;
  details?: string;
}

/**
 * Acts on a `failed` status webhook, the asynchronous form of a send error (contract §2.4):
 * keeps the error on the message, switches a certificate copy refused outside the 24-hour
 * window (131047) to the template, and otherwise puts the record in the registrar's queue
 * (131026, not on WhatsApp, comes this way). The same failure reported twice acts once.
 * Returns false when no sent message has that wamid yet (its acceptance may still be
 * committing), so the caller can try again shortly.
 */
export async function reactToFailedDelivery(db: Db, failure: FailedDelivery): Promise<boolean> {
  const [message] = await db.query<{ id: string; is_known: boolean }>(
    `select m.id, exists (select 1 from wa_message_errors e where e.message_id = m.id and e.source = 'webhook'
       and e.code is not distinct from $2) as is_known
     from wa_messages m where m.wa_message_id = $1`,
    [failure.waMessageId, failure.code ?? null],
  );
  if (!message) return false;
  if (message.is_known) return true;

  const reason = `delivery failed${failure.code === undefined ? '' : ` (${failure.code})`}`;
  await db.transaction(async (tx) => {
    await recordSendError(tx, message.id, { ...failure, reason, retryable: false, source: 'webhook' });
    const isReplaced = failure.code === OUTSIDE_WINDOW_CODE && (await fallBackToTemplate(tx, message.id));
    await markSendFailed(tx, message.id, { ...failure, reason, isQueued: !isReplaced });
  });
  wakeWorkers();

  return true;
}
