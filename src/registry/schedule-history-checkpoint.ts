import type { Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';

/** How often a signed checkpoint is taken over all histories, unless configured. */
export const CHECKPOINT_INTERVAL_MINUTES = 15;

/**
 * Queues the next `history.checkpoint` job unless one is already waiting: at start
 * (`isImmediate`) and after each checkpoint, so exactly one stays queued across instances.
 */
export async function scheduleHistoryCheckpoint(
  sql: Sql,
  options: { isImmediate?: boolean; intervalMinutes?: number } = {},
): Promise<void> {
  const pending = await sql.query(
    `select 1 from outbox where kind = 'history.checkpoint' and done_at is null and dead_at is null
       and (locked_until is null or locked_until < now()) limit 1`,
  );
  if (pending.length > 0) return;

  const delayMs = options.isImmediate ? 0 : (options.intervalMinutes ?? CHECKPOINT_INTERVAL_MINUTES) * 60_000;
  await enqueue(sql, 'history.checkpoint', {}, { runAfter: new Date(Date.now() + delayMs) });
}
