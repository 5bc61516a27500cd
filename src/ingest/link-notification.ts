import type { Db } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { duplicateNameKey } from '../registry/flag-duplicates.ts';
import type { RecordStatus } from '../registry/load-record-for.ts';
import type { ParsedEvent } from '../registry/parse-event.ts';
import { linkRows } from './link-rows.ts';

const ATTACH_BASIS = 'RBD Act 1969 s.7(2) (the registrar keeps one entry per event)';

/**
 * A hospital's notification of a birth already held (a registration backfilled from a
 * panchayat's or municipality's file, say) becomes a second source of that record instead of
 * a second record: linked only on a certain match (linkRows: same unit, mother, day and place,
 * nothing that tells two children apart, no notification from a hospital yet), with an
 * `attach-source` entry in its history. Returns the record linked to, or undefined when the
 * notification opens a record of its own (and flagDuplicates looks at it as before).
 */
export async function linkNotification(
  db: Db,
  options: { actor: Actor; event: ParsedEvent; unitCode: string; now: Date },
): Promise<{ recordId: string; status: RecordStatus } | undefined> {
  const { actor, event } = options;
  const mother = (event.declaration.mother as { name?: { en?: string } } | undefined)?.name?.en;
  const birth = event.declaration.birth as { date?: string } | undefined;
  if (actor.department !== 'health' || event.eventType !== 'birth' || !mother || !birth?.date)
    return undefined;

  return db.transaction(async (tx) => {
    const row = {
      rowNumber: 0,
      unitCode: options.unitCode,
      eventDate: birth.date ?? '',
      legacyNumber: undefined,
      registrationDate: undefined,
      declaration: event.declaration,
      statistical: event.statistical,
      linkKey: duplicateNameKey(mother),
      informantWaId: undefined,
    };
    const decision = (await linkRows(tx, [row], { source: 'hospital' })).get(0);
    if (decision?.kind !== 'link') return undefined;

    const [held] = await tx.query<{ status: RecordStatus }>(
      'select status from records where id = $1 for update',
      [decision.recordId],
    );
    await tx.query(
      'insert into record_sources (record_id, source, source_ref) values ($1, $2, $3) on conflict do nothing',
      [decision.recordId, 'hospital', `client ${actor.clientId ?? actor.username}`],
    );
    await appendHistory(tx, {
      recordId: decision.recordId,
      action: 'attach-source',
      actor,
      unitCode: options.unitCode,
      at: options.now,
      legalBasis: ATTACH_BASIS,
      details: { source: 'hospital', ...(actor.clientId ? { clientId: actor.clientId } : {}) },
    });

    return { recordId: decision.recordId, status: held?.status ?? 'notified' };
  });
}
