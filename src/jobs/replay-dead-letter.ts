import type { Db } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { AppError } from '../shared/app-error.ts';
import { toDeadLetter, type DeadLetter, type DeadLetterRow } from './list-dead-letters.ts';
import { wakeWorkers } from './outbox.ts';

/** Message states in which the Cloud API has acknowledged the send: never sent again. */
const ACKNOWLEDGED = new Set(['accepted', 'sent', 'delivered', 'read']);

/**
 * Runs a dead letter again, on a person's decision: the job is due now with a fresh count of
 * attempts; its message, if any, is queued again and its registrar-queue item resolved. A
 * message the Cloud API acknowledged is refused with ALREADY_SENT, so a replay can never send
 * a certificate twice; one left `unknown` by a crash mid-send is replayed only because a
 * person checked it. A job outside the registrar's unit is DEAD_LETTER_NOT_FOUND, like a
 * missing one.
 */
export async function replayDeadLetter(db: Db, actor: Actor, jobId: number): Promise<DeadLetter> {
  const replayed = await db.transaction(async (tx) => {
    await tx.query('select id from outbox where id = $1 for update', [jobId]);
    const [row] = await tx.query<DeadLetterRow>('select * from dead_letters where id = $1', [jobId]);
    if (!row || (actor.role !== 'system' && row.unit_code !== actor.unitCode)) {
      throw new AppError('DEAD_LETTER_NOT_FOUND', 'no dead letter with that id in the caller\'s unit');
    }
    if (row.message_status && ACKNOWLEDGED.has(row.message_status)) {
      throw new AppError('ALREADY_SENT', 'the Cloud API acknowledged this message');
    }

    if (row.message_id) {
      await tx.query("update wa_messages set status = 'queued', status_at = now() where id = $1", [row.message_id]);
      await tx.query('update registrar_queue set resolved_at = now() where message_id = $1 and resolved_at is null', [row.message_id]);
    }
    await tx.query(
      `update outbox set dead_at = null, done_at = null, attempts = 0, run_after = now(), locked_until = null,
         last_error = $2 where id = $1`,
      [jobId, `replayed by ${actor.username} after: ${row.last_error ?? ''}`],
    );

    return { ...row, message_status: row.message_id ? 'queued' : null };
  });
  wakeWorkers();

  return toDeadLetter(replayed);
}
