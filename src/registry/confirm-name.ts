import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { PersonNameSchema } from './birth-declaration.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { loadRecordFor } from './load-record-for.ts';
import { writeAmendment } from './write-amendment.ts';

const NAMED_FIELDS = ['child.name', 'mother.name', 'father.name', 'deceased.name', 'spouse.name', 'informant.name'] as const;

export const NameConfirmationSchema = z.object({
  field: z.enum(NAMED_FIELDS).describe('Whose name'),
  name: PersonNameSchema.describe('Both scripts as the registrar confirms (or corrects) them'),
});

const LEGAL_BASIS = 'RBD Act 1969 s.7 (the Registrar enters the particulars); spelling confirmed by the Registrar';

/**
 * The registrar confirms, or corrects, a name whose second script Patra proposed by
 * transliteration. Both scripts are then printed; until then a certificate prints only the
 * source's own script. A marginal entry with a `confirm-name` history entry; when a
 * certificate is in force it is superseded by one printing the confirmed name.
 *
 * Fails with VALIDATION_FAILED (a script missing), INVALID_STATUS (a rejected or cancelled
 * record), FORBIDDEN or RECORD_NOT_FOUND.
 */
export async function confirmName(db: Db, actor: Actor, recordId: string, input: unknown, now: Date = new Date()): Promise<{ certificateId?: string }> {
  const parsed = NameConfirmationSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'name is invalid', { issues: toFieldIssues(parsed.error) });

  const { field, name } = parsed.data;
  if (name.enSource || name.teSource) {
    throw new AppError('VALIDATION_FAILED', 'both scripts are needed', { issues: [fieldIssue(`name.${name.teSource ? 'te' : 'en'}`, 'required')] });
  }

  const certificateId = await db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'correct', recordId, { forUpdate: true });
    const [flags] = await tx.query<{ is_cancelled: boolean }>('select is_cancelled from records where id = $1', [recordId]);
    if (record.status === 'rejected' || flags?.is_cancelled) throw new AppError('INVALID_STATUS', 'the record is not in force');

    return writeAmendment(tx, {
      record, actor, kind: 'name_confirmed', action: 'confirm-name', legalBasis: LEGAL_BASIS,
      changes: [{ field, value: { en: name.en, te: name.te } }], reason: 'transliteration confirmed',
      evidence: [], certificate: 'superseded', now, remark: undefined,
    });
  });
  wakeWorkers();

  return { certificateId };
}
