import { z } from 'zod';
import type { Db, Sql } from '../db/db.ts';
import { FIELD_TEXT } from '../messages/fields.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { loadRecordFor } from './load-record-for.ts';
import { maskWaId, toWaId } from './phone.ts';

const ContactRole = z.enum(['informant', 'mother', 'father', 'spouse']);

const Mobile = z
  .string()
  .refine((value) => toWaId(value) !== undefined, FIELD_TEXT.mobile.en)
  .transform((value) => toWaId(value) ?? '');

export const ContactChangeSchema = z
  .object({
    add: z
      .array(z.object({ role: ContactRole, mobile: Mobile }))
      .max(8)
      .default([])
      .describe('Numbers to link'),
    remove: z
      .array(z.object({ role: ContactRole, mobile: Mobile }))
      .max(8)
      .default([])
      .describe('Numbers to unlink'),
    reason: z.string().min(1).max(500).describe('Why, for the history'),
  })
  .describe('A correction of the WhatsApp numbers linked to a record');

export type ContactChange = z.infer<typeof ContactChangeSchema>;

const LEGAL_BASIS = 'RBD Act 1969 s.12 (extract to the informant); numbers linked by the Registrar';

/** Links a number to a record in a role (idempotent); the certificate may go to it. */
export async function linkNumber(
  sql: Sql,
  link: { recordId: string; role: string; waId: string },
): Promise<void> {
  await sql.query(
    `insert into record_contacts (record_id, role, wa_id) values ($1, $2, $3)
     on conflict (record_id, role, wa_id) do update set removed_at = null, added_at = now()`,
    [link.recordId, link.role, link.waId],
  );
}

/**
 * Unlinks one number in one role. A number not linked in that role is refused, so a registrar
 * who named the wrong role is told, instead of believing a number unlinked that still receives
 * certificates; the caller's transaction then rolls back the whole change.
 */
async function unlinkNumber(
  tx: Sql,
  unlink: { recordId: string; index: number; link: { role: string; mobile: string }; now: Date },
): Promise<void> {
  const removed = await tx.query(
    `update record_contacts set removed_at = $4
     where record_id = $1 and role = $2 and wa_id = $3 and removed_at is null returning 1`,
    [unlink.recordId, unlink.link.role, unlink.link.mobile, unlink.now],
  );
  if (removed.length > 0) return;

  throw new AppError('VALIDATION_FAILED', 'number to unlink is not linked in that role', {
    issues: [fieldIssue(`remove.${unlink.index}.mobile`, 'notLinkedInRole')],
  });
}

/**
 * A registrar corrects or adds the WhatsApp numbers linked to a record of their unit: links
 * and unlinks them in `record_contacts` and writes an `update-contacts` history entry (roles
 * and masked numbers only), in one transaction. From then on certificates go to the linked
 * numbers. Fails with VALIDATION_FAILED, FORBIDDEN or RECORD_NOT_FOUND (also outside the unit).
 */
export async function updateRecordContacts(
  db: Db,
  actor: Actor,
  recordId: string,
  input: unknown,
  now: Date = new Date(),
): Promise<string[]> {
  const parsed = ContactChangeSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'contact change is invalid', {
      issues: toFieldIssues(parsed.error),
    });

  const change = parsed.data;
  return db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'correct', recordId, { forUpdate: true });
    for (const link of change.add)
      await linkNumber(tx, { recordId, role: link.role, waId: link.mobile });
    for (const [index, link] of change.remove.entries())
      await unlinkNumber(tx, { recordId, index, link, now });

    await appendHistory(tx, {
      recordId,
      action: 'update-contacts',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: LEGAL_BASIS,
      details: {
        reason: change.reason,
        added: change.add.map((link) => ({ role: link.role, number: maskWaId(link.mobile) })),
        removed: change.remove.map((link) => ({ role: link.role, number: maskWaId(link.mobile) })),
      },
    });
    const linked = await tx.query<{ wa_id: string }>(
      'select wa_id from record_contacts where record_id = $1 and removed_at is null order by added_at',
      [recordId],
    );

    return linked.map((row) => maskWaId(row.wa_id));
  });
}
