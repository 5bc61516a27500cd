import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';
import type { CallResult } from './cloud-api-client.ts';
import { fallBackToTemplate } from './fall-back-to-template.ts';
import { markSendFailed } from './mark-send-failed.ts';
import { recordSendError } from './record-send-error.ts';

const OUTSIDE_WINDOW_CODE = 131047;

/** What became of a failed send. `afterMs` is the least wait before the retry, when known. */
export type FailureOutcome =
  | { status: 'retry'; reason: string; afterMs?: number }
  | { status: 'failed'; code?: number; reason: string };

/**
 * Settles a send the Cloud API (or the sender's own limits) refused, the same way for every
 * send path: the error is kept on the message with its code and details; a retryable one puts
 * the message back in the queue (the job retries with backoff, or after the wait the code
 * asks for), except when the request may have arrived (a timeout), which is never repeated and
 * stays `unknown` for a person to check; 131047 on a certificate copy switches to the certificate_ready template; anything
 * else ends the message as failed and puts the record in the registrar's queue.
 */
export async function settleSendFailure(
  db: Db,
  messageId: string,
  result: Extract<CallResult<unknown>, { ok: false }>,
): Promise<FailureOutcome> {
  await recordSendError(db, messageId, result);
  if (result.isAmbiguous) {
    await db.query("update wa_messages set status = 'unknown', status_at = now(), error_details = $2 where id = $1", [
      messageId,
      result.reason,
    ]);

    return { status: 'failed', reason: 'no answer from the Cloud API: not sent again, check the delivery by hand' };
  }
  if (result.retryable) {
    await db.query("update wa_messages set status = 'queued', error_code = $2, error_details = $3 where id = $1", [
      messageId, result.code ?? null, result.details ?? result.reason,
    ]);

    return { status: 'retry', reason: result.reason, afterMs: result.retryAfterMs };
  }

  await db.transaction(async (tx) => {
    const isReplaced = result.code === OUTSIDE_WINDOW_CODE && (await fallBackToTemplate(tx, messageId));
    await markSendFailed(tx, messageId, { ...result, isQueued: !isReplaced });
  });
  wakeWorkers();

  return { status: 'failed', code: result.code, reason: result.reason };
}
