import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { EvidenceSchema } from './correct-record.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { changeRemark, loadRecordToChange } from './prepare-changes.ts';
import { writeAmendment } from './write-amendment.ts';

export const CancellationSchema = z.object({
  reason: z.string().min(1).max(500).describe('Why the entry is cancelled (e.g. a duplicate of another entry)'),
  evidence: z.array(EvidenceSchema).max(20).default([]),
});

const LEGAL_BASIS = 'RBD Act 1969 s.15; AP RBD Rules 1999 r.11 (cancellation as a marginal entry)';

/**
 * Cancels a registered entry (RBD Act s.15): a marginal entry with its reason and evidence
 * (at least one document), a `cancel` history entry, the record marked cancelled and the
 * certificate in force revoked as cancelled; no new certificate is issued.
 *
 * Fails with VALIDATION_FAILED, REQUIREMENTS_MISSING (no evidence), INVALID_STATUS, FORBIDDEN
 * or RECORD_NOT_FOUND.
 */
export async function cancelRecord(db: Db, actor: Actor, recordId: string, input: unknown, now: Date = new Date()): Promise<void> {
  const parsed = CancellationSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'cancellation is invalid', { issues: toFieldIssues(parsed.error) });
  if (parsed.data.evidence.length === 0) {
    throw new AppError('REQUIREMENTS_MISSING', 'cancellation lacks evidence', { issues: [fieldIssue('evidence', 'evidenceCancellation')] });
  }

  const cancellation = parsed.data;
  await db.transaction(async (tx) => {
    const record = await loadRecordToChange(tx, actor, recordId);
    await writeAmendment(tx, {
      record, actor, kind: 'cancellation', action: 'cancel', legalBasis: LEGAL_BASIS, changes: [],
      reason: cancellation.reason, evidence: cancellation.evidence, certificate: 'cancelled', now,
      remark: changeRemark('cancellation', now),
    });
  });
}
