import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import type { DelayRequirement } from './assess-delay.ts';
import { BirthDeclarationSchema } from './birth-declaration.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { listRequirements } from './list-requirements.ts';
import { loadRecordFor } from './load-record-for.ts';
import { inForceOn, REGISTRATION_RULES } from './registration-rules.ts';

const IsoDate = BirthDeclarationSchema.shape.birth.shape.date;
const Reference = z.string().trim().min(1).max(100);

/** What each requirement records (s.13; AP RBD Rules 1999 r.9). */
export const REQUIREMENT_SCHEMAS = {
  late_fee: z.object({
    amountRupees: z.number().int().positive(),
    receiptNumber: Reference,
    paidOn: IsoDate,
  }),
  permission: z.object({
    reference: Reference.describe('Number of the written permission'),
    grantedOn: IsoDate,
  }),
  affidavit: z.object({
    swornBefore: z.enum(['notary_public', 'authorised_officer']),
    reference: Reference,
    swornOn: IsoDate,
  }),
  magistrate_order: z.object({
    authority: z
      .string()
      .min(1)
      .describe('e.g. district_magistrate, sub_divisional_magistrate, executive_magistrate'),
    orderNumber: Reference,
    orderedOn: IsoDate,
  }),
} as const;

/**
 * Records one thing a delayed registration needs: the late fee paid (amount at least the fee
 * due by the rules in force on the report date, receipt number), the District Registrar's
 * written permission (granted in Patra by the District Registrar of the district, s.13(2)), the
 * affidavit, or the magistrate's order (by an authority empowered on the order's date: DM, SDM
 * or Executive Magistrate since 1 Oct 2023, s.13(3)). A later entry of the same kind replaces
 * the earlier one; both stay in the history.
 *
 * Fails with RECORD_NOT_FOUND, FORBIDDEN, INVALID_STATUS (registered or rejected) or
 * VALIDATION_FAILED (bad details, a kind this record does not need, a fee too low, an authority
 * not empowered).
 */
export async function recordRequirement(
  db: Db,
  actor: Actor,
  recordId: string,
  kind: DelayRequirement,
  input: unknown,
  now: Date = new Date(),
): Promise<{ recordId: string; kind: DelayRequirement; missing: DelayRequirement[] }> {
  const parsed = REQUIREMENT_SCHEMAS[kind].safeParse(input);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', `${kind} is invalid`, {
      issues: toFieldIssues(parsed.error),
    });

  const details = {
    ...parsed.data,
    ...(kind === 'permission' ? { authority: 'district_registrar' } : {}),
  };
  const action = kind === 'permission' ? 'grant_permission' : 'record_requirement';

  return db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, action, recordId, { forUpdate: true });
    if (record.status !== 'notified' && record.status !== 'declared')
      throw new AppError('INVALID_STATUS', `record is ${record.status}`);

    const before = await listRequirements(tx, record);
    checkDetails(kind, details, before.assessment);
    await tx.query(
      `insert into record_requirements (record_id, kind, details, recorded_by, recorded_at) values ($1, $2, $3, $4, $5)
       on conflict (record_id, kind) do update set details = excluded.details, recorded_by = excluded.recorded_by,
         recorded_at = excluded.recorded_at`,
      [recordId, kind, JSON.stringify(details), actor.userId, now],
    );
    await appendHistory(tx, {
      recordId,
      action: 'record-requirement',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: before.assessment.legalBasis,
      details: { kind, ...details },
    });

    return { recordId, kind, missing: before.missing.filter((missing) => missing !== kind) };
  });
}

function checkDetails(
  kind: DelayRequirement,
  details: Record<string, unknown>,
  assessment: { required: DelayRequirement[]; feeRupees: number },
): void {
  const refuse = (field: string, key: 'notRequired' | 'feeAmount' | 'authority'): never => {
    throw new AppError('VALIDATION_FAILED', `${kind} refused: ${key}`, {
      issues: [fieldIssue(field, key)],
    });
  };
  if (!assessment.required.includes(kind)) refuse('(kind)', 'notRequired');
  if (kind === 'late_fee' && Number(details.amountRupees) < assessment.feeRupees)
    refuse('amountRupees', 'feeAmount');
  if (kind === 'magistrate_order') {
    const empowered = inForceOn(
      REGISTRATION_RULES.orderAuthorities,
      String(details.orderedOn),
    ).authorities;
    if (!empowered.includes(String(details.authority))) refuse('authority', 'authority');
  }
}
