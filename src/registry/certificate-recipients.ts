import type { EventType } from './load-record-for.ts';

/** The roles a number can be linked to a record in (`record_contacts.role`). */
export type ContactRole = 'informant' | 'mother' | 'father' | 'spouse';

const PARENTS: readonly string[] = ['mother', 'father'];

/** The part of a record the rule reads: its event type and its informant's relation. */
export interface RecipientFacts {
  event_type: EventType;
  declaration: Record<string, unknown> | { informant?: { relation?: string } };
}

function informantRelation(record: RecipientFacts): string | undefined {
  const informant = (record.declaration as { informant?: { relation?: unknown } }).informant;

  return typeof informant?.relation === 'string' ? informant.relation : undefined;
}

/**
 * Whether a number linked to a record in `role` may receive its certificate. A birth's or a
 * death's certificate goes to any number linked to the record (the informant, a parent, the
 * spouse as recorded: RBD Act s.12 and DESIGN). The extract of a still-birth goes to the
 * parents only: a number linked as mother or father, or the informant's when the informant is
 * the mother or the father. The Act leaves extracts to state rules (s.17); giving a still-birth
 * extract to the parents only is the register's decision, as no AP rule in the reference says more.
 */
export function mayReceiveCertificate(record: RecipientFacts, role: ContactRole): boolean {
  if (record.event_type !== 'still_birth') return true;
  if (PARENTS.includes(role)) return true;

  return role === 'informant' && PARENTS.includes(informantRelation(record) ?? '');
}

/**
 * The number the certificate is pushed to when it is issued: the informant's, if the
 * informant may receive it (see mayReceiveCertificate), else none.
 */
export function informantRecipient(
  record: RecipientFacts & { informant_wa_id: string | null },
): string | undefined {
  if (!record.informant_wa_id) return undefined;

  return mayReceiveCertificate(record, 'informant') ? record.informant_wa_id : undefined;
}
