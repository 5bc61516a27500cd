import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';
import { AppError } from '../shared/app-error.ts';
import { indiaDate } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import { PersonNameSchema } from './birth-declaration.ts';
import { deriveCurrentDeclaration, fieldAt, loadAmendments } from './derive-current-declaration.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { changeRemark, loadRecordToChange, prepareChanges } from './prepare-changes.ts';
import { REGISTRATION_RULES, inForceOn } from './registration-rules.ts';
import { writeAmendment } from './write-amendment.ts';

export const ChildNameSchema = z.object({
  name: PersonNameSchema,
  fee: z
    .object({
      amountRupees: z.number().min(0).describe('The fee paid'),
      receiptNumber: z.string().min(1).max(60).describe('The receipt number of the payment'),
    })
    .optional()
    .describe('Needed after the free period (12 months from registration)'),
});

const LEGAL_BASIS = 'RBD Act 1969 s.14; AP RBD Rules 1999 r.10 (name of the child entered later)';

/** The last day a period of months or years after `from` ('YYYY-MM-DD') still covers. */
export function addCalendar(from: string, months: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);

  return date.toISOString().slice(0, 10);
}

/**
 * Enters the name of a child registered without one (RBD Act s.14): free within the configured
 * months of registration (12), then with the configured fee up to the outer limit (15 years,
 * unverified for AP), as a marginal entry. Revokes the certificate in force (superseded) and
 * queues a new one with the name and a remark, sent to the informant like the first.
 *
 * Fails with VALIDATION_FAILED, REQUIREMENTS_MISSING (fee or receipt missing after the free
 * period), TIME_LIMIT_PASSED, INVALID_STATUS (not a birth, or already named), FORBIDDEN or
 * RECORD_NOT_FOUND.
 */
export async function addChildName(db: Db, actor: Actor, recordId: string, input: unknown, now: Date = new Date()): Promise<{ certificateId?: string }> {
  const parsed = ChildNameSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'name is invalid', { issues: toFieldIssues(parsed.error) });

  const certificateId = await db.transaction(async (tx) => {
    const record = await loadRecordToChange(tx, actor, recordId);
    const current = deriveCurrentDeclaration(record.declaration, await loadAmendments(tx, recordId));
    if (record.event_type !== 'birth' || fieldAt(current, 'child.name') !== undefined) {
      throw new AppError('INVALID_STATUS', 'only a birth registered without a name gets one this way');
    }

    const fee = checkNameFee(record.registration_date ?? indiaDate(now), indiaDate(now), parsed.data.fee);
    const changes = await prepareChanges(tx, record, [{ field: 'child.name', value: parsed.data.name }]);

    return writeAmendment(tx, {
      record, actor, kind: 'name_added', action: 'add-name', legalBasis: LEGAL_BASIS, changes,
      reason: 'name of the child entered later', evidence: [], fee, certificate: 'superseded', now,
      remark: changeRemark('name_added', now),
    });
  });
  wakeWorkers();

  return { certificateId };
}

function checkNameFee(
  registrationDate: string,
  today: string,
  fee: z.infer<typeof ChildNameSchema>['fee'],
): z.infer<typeof ChildNameSchema>['fee'] {
  const rule = inForceOn(REGISTRATION_RULES.nameLater, today);
  if (today > addCalendar(registrationDate, rule.limitYears * 12)) {
    throw new AppError('TIME_LIMIT_PASSED', `name added more than ${rule.limitYears} years after registration`);
  }
  if (today <= addCalendar(registrationDate, rule.freeMonths)) return undefined;
  if (!fee || fee.amountRupees < rule.feeRupees) {
    throw new AppError('REQUIREMENTS_MISSING', 'the name fee is not recorded', { issues: [fieldIssue('fee', 'nameFee')] });
  }

  return fee;
}
