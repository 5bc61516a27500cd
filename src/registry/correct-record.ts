import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';
import { AppError, type FieldIssue } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { changeRemark, loadRecordToChange, prepareChanges } from './prepare-changes.ts';
import { writeAmendment } from './write-amendment.ts';

/** The entries a correction may change; numbers and contacts have their own ways. */
export const CORRECTABLE_FIELDS = [
  'child.name', 'child.sex', 'birth.date', 'birth.time', 'birth.place',
  'mother.name', 'father.name', 'spouse.name', 'addressAtBirth', 'addressAtDeath', 'permanentAddress',
  'deceased.name', 'deceased.sex', 'deceased.age', 'death.date', 'death.time', 'death.place',
  'informant.name', 'informant.relation',
] as const;

export const EvidenceSchema = z.object({
  kind: z.enum(['document', 'affidavit', 'declaration', 'enquiry_report', 'court_order']),
  reference: z.string().min(1).max(200).describe('What it is and where it is filed, e.g. "SSC memo 2019, file 12/2026"'),
});

export const CorrectionSchema = z.object({
  kind: z.enum(['clerical', 'fact']).describe('A clerical error (spelling) or an error of fact'),
  changes: z
    .array(z.object({ field: z.enum(CORRECTABLE_FIELDS), value: z.unknown() }))
    .min(1)
    .max(10)
    .describe('Each entry with its corrected value'),
  reason: z.string().min(1).max(500),
  evidence: z.array(EvidenceSchema).max(20).default([]),
});

export type Correction = z.infer<typeof CorrectionSchema>;

const LEGAL_BASIS = 'RBD Act 1969 s.15; AP RBD Rules 1999 r.11 (correction as a marginal entry)';

/**
 * Corrects a registered entry (RBD Act s.15, r.11) as a marginal entry, never an edit: a
 * clerical error on at least one document; an error of fact on declarations or affidavits of
 * two credible persons and the enquiry's report. Writes the entry and its history, revokes the
 * certificate in force (superseded) and queues a corrected one with a remark for the informant.
 *
 * Fails with VALIDATION_FAILED, REQUIREMENTS_MISSING (naming the missing evidence),
 * INVALID_STATUS (not registered, or cancelled), FORBIDDEN or RECORD_NOT_FOUND.
 */
export async function correctRecord(db: Db, actor: Actor, recordId: string, input: unknown, now: Date = new Date()): Promise<{ certificateId?: string }> {
  const parsed = CorrectionSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'correction is invalid', { issues: toFieldIssues(parsed.error) });

  const correction = parsed.data;
  const missing = missingEvidence(correction);
  if (missing.length > 0) throw new AppError('REQUIREMENTS_MISSING', 'correction lacks evidence', { issues: missing });

  const certificateId = await db.transaction(async (tx) => {
    const record = await loadRecordToChange(tx, actor, recordId);
    const changes = await prepareChanges(tx, record, correction.changes);
    const fields = changes.map((change) => change.field);

    return writeAmendment(tx, {
      record, actor, kind: correction.kind, action: 'correct', legalBasis: LEGAL_BASIS, changes,
      reason: correction.reason, evidence: correction.evidence, certificate: 'superseded', now,
      remark: changeRemark(correction.kind, now, fields),
    });
  });
  wakeWorkers();

  return { certificateId };
}

/** The evidence rule 11 asks for that the correction does not carry. */
export function missingEvidence(correction: Pick<Correction, 'kind' | 'evidence'>): FieldIssue[] {
  const count = (...kinds: string[]) => correction.evidence.filter((item) => kinds.includes(item.kind)).length;
  if (correction.kind === 'clerical') return correction.evidence.length > 0 ? [] : [fieldIssue('evidence', 'evidenceDocument')];

  return [
    ...(count('affidavit', 'declaration') >= 2 ? [] : [fieldIssue('evidence', 'evidenceWitnesses')]),
    ...(count('enquiry_report') >= 1 ? [] : [fieldIssue('evidence', 'evidenceEnquiry')]),
  ];
}
