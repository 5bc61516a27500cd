import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { toFieldIssues } from './field-issues.ts';
import { loadRecordFor } from './load-record-for.ts';

export const RejectionSchema = z.object({
  reason: z.string().trim().min(3).max(500).describe('Why, as the informant will be told'),
});

/**
 * Rejects a notified or declared event with a reason (the register keeps the record, marked
 * rejected, with its history). Fails with RECORD_NOT_FOUND, FORBIDDEN, INVALID_STATUS (already
 * registered or rejected) or VALIDATION_FAILED (no reason).
 */
export async function rejectEvent(
  db: Db,
  actor: Actor,
  recordId: string,
  input: unknown,
  now: Date = new Date(),
): Promise<{ recordId: string; status: 'rejected' }> {
  const parsed = RejectionSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'rejection needs a reason', {
      issues: toFieldIssues(parsed.error),
    });

  await db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'reject', recordId, { forUpdate: true });
    if (record.status !== 'notified' && record.status !== 'declared') {
      throw new AppError('INVALID_STATUS', `record is ${record.status}`);
    }

    await tx.query("update records set status = 'rejected', rejection_reason = $2 where id = $1", [
      recordId,
      parsed.data.reason,
    ]);
    await appendHistory(tx, {
      recordId,
      action: 'reject',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: 'RBD Act 1969 s.7(2) (the registrar satisfies himself of the facts)',
      details: { reason: parsed.data.reason },
    });
  });

  return { recordId, status: 'rejected' };
}
