import type { Db, Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';

const ERASURE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** How many bodies one run erased, by where they were kept. */
export interface ErasedCounts {
  inbound: number;
  outbound: number;
  webhooks: number;
}

/**
 * Erases WhatsApp message bodies older than the retention (90 days by default): what
 * citizens wrote, what Patra answered, and the raw webhook bodies that carried them. Delivery
 * records stay: message ids, numbers, kinds, statuses, error codes and times. Field issues
 * and correction requests are the registrar's work and are not message bodies.
 */
export async function eraseMessageBodies(
  db: Db,
  options: { retentionDays: number; now?: Date },
): Promise<ErasedCounts> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);

  const inbound = await db.query(
    `update wa_inbound_messages set content = null, content_erased_at = now()
     where received_at < $1 and content is not null returning 1`,
    [cutoff],
  );
  const outbound = await db.query(
    `update wa_messages set content = null, content_erased_at = now()
     where created_at < $1 and content is not null and status not in ('queued', 'sending') returning 1`,
    [cutoff],
  );
  const webhooks = await db.query(
    `update webhook_inbox set body = null, body_erased_at = now()
     where received_at < $1 and body is not null and processed_at is not null returning 1`,
    [cutoff],
  );

  return { inbound: inbound.length, outbound: outbound.length, webhooks: webhooks.length };
}

/**
 * Makes sure one erasure job is waiting (call at start): the job reschedules itself hourly,
 * so the retention holds with no scheduler beside the outbox.
 */
export async function scheduleNextErasure(
  sql: Sql,
  options: { isImmediate?: boolean } = {},
): Promise<void> {
  const pending = await sql.query(
    "select 1 from outbox where kind = 'whatsapp.erase-message-bodies' and done_at is null and dead_at is null and (locked_until is null or locked_until < now()) limit 1",
  );
  if (pending.length > 0) return;

  const runAfter = new Date(Date.now() + (options.isImmediate ? 0 : ERASURE_INTERVAL_MS));
  await enqueue(sql, 'whatsapp.erase-message-bodies', {}, { runAfter });
}
