import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { toFieldIssues } from './field-issues.ts';
import { loadRecordFor } from './load-record-for.ts';

export const DuplicateDecisionSchema = z.object({
  decision: z.enum(['duplicate', 'not_duplicate']),
  note: z.string().trim().max(500).optional(),
});

/**
 * The registrar's decision on a possible duplicate. `duplicate` rejects the later record (the
 * one flagged) with a reason naming the record it repeats; `not_duplicate` (e.g. twins) frees
 * it for registration. Both are written to the flagged record's history.
 *
 * Fails with RECORD_NOT_FOUND (no such open candidate in the caller's jurisdiction), FORBIDDEN
 * or VALIDATION_FAILED.
 */
export async function decideDuplicate(
  db: Db,
  actor: Actor,
  pair: { recordId: string; otherRecordId: string },
  input: unknown,
  now: Date = new Date(),
): Promise<{ recordId: string; otherRecordId: string; decision: string; status: string }> {
  const parsed = DuplicateDecisionSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'bad decision', {
      issues: toFieldIssues(parsed.error),
    });

  const { decision, note } = parsed.data;

  return db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'decide_duplicate', pair.recordId, {
      forUpdate: true,
    });
    const updated = await tx.query(
      `update duplicate_candidates set status = $3, decided_by = $4, decided_at = $5
       where record_id = $1 and other_record_id = $2 and status = 'open' returning record_id`,
      [record.id, pair.otherRecordId, decision, actor.userId, now],
    );
    if (updated.length === 0) throw new AppError('RECORD_NOT_FOUND', 'no open duplicate candidate');

    const isRejected = decision === 'duplicate' && record.status !== 'registered';
    if (isRejected) {
      await tx.query(
        "update records set status = 'rejected', rejection_reason = $2 where id = $1",
        [record.id, `duplicate of ${pair.otherRecordId}`],
      );
    }
    await appendHistory(tx, {
      recordId: record.id,
      action: 'decide-duplicate',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: 'RBD Act 1969 s.7(2) (one entry per event)',
      details: { otherRecordId: pair.otherRecordId, decision, ...(note ? { note } : {}) },
    });

    return { ...pair, decision, status: isRejected ? 'rejected' : record.status };
  });
}
