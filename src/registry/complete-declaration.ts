import type { Db } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { eventFacts } from './event-facts.ts';
import { flagDuplicates } from './flag-duplicates.ts';
import { loadRecordFor } from './load-record-for.ts';
import { parseEvent } from './parse-event.ts';
import { resolveEventUnit } from './resolve-event-unit.ts';
import { saveRecordDetails } from './save-record-details.ts';
import { splitAadhaar } from './store-aadhaar.ts';
import { storeCauseOfDeath } from './store-cause-of-death.ts';

/**
 * Completes a notified record into a declaration: the parts given now are laid over the
 * notification's (section by section) and the whole legal part of the form must then be valid.
 * The event stays in its unit. In one transaction: the record becomes `declared`, the cause of
 * death (if given) goes to the restricted store, `declare` is written to the history and the
 * record is checked again for duplicates. Returns the ids of possible duplicates.
 *
 * Fails with RECORD_NOT_FOUND, FORBIDDEN, INVALID_STATUS (not `notified`) or VALIDATION_FAILED.
 */
export async function completeDeclaration(
  db: Db,
  actor: Actor,
  recordId: string,
  input: unknown,
  now: Date = new Date(),
): Promise<{ recordId: string; status: 'declared'; possibleDuplicates: string[] }> {
  const record = await loadRecordFor(db, actor, 'declare', recordId);
  if (record.status !== 'notified')
    throw new AppError('INVALID_STATUS', `record is ${record.status}`);

  const body = (input ?? {}) as {
    declaration?: object;
    statistical?: object;
    causeOfDeath?: unknown;
  };
  const event = parseEvent(
    {
      eventType: record.event_type,
      declaration: { ...record.declaration, unitCode: record.unit_code, ...body.declaration },
      statistical: { ...record.statistical, ...body.statistical },
      causeOfDeath: body.causeOfDeath,
    },
    { isComplete: true },
  );
  const facts = eventFacts(event.eventType, event.declaration);
  await resolveEventUnit(
    db,
    actor,
    'declare',
    { ...facts, requestedUnit: record.unit_code },
    { eventKey: event.eventType === 'death' ? 'death' : 'birth', now },
  );

  const possibleDuplicates = await db.transaction(async (tx) => {
    const locked = await loadRecordFor(tx, actor, 'declare', recordId, { forUpdate: true });
    if (locked.status !== 'notified')
      throw new AppError('INVALID_STATUS', `record is ${locked.status}`);

    const sealed = splitAadhaar(event.declaration);
    await tx.query(
      `update records set status = 'declared', declaration = $2, statistical = $3, event_date = $4,
         informant_wa_id = $5, informant_language = $6 where id = $1`,
      [
        recordId,
        JSON.stringify({ ...sealed.declaration, unitCode: record.unit_code }),
        JSON.stringify(event.statistical),
        facts.eventDate,
        facts.informantWaId ?? null,
        facts.informantLanguage,
      ],
    );
    await saveRecordDetails(tx, { recordId, aadhaar: sealed.numbers });
    if (event.causeOfDeath)
      await storeCauseOfDeath(tx, actor, {
        recordId,
        unitCode: record.unit_code,
        cause: event.causeOfDeath,
        now,
      });
    await appendHistory(tx, {
      recordId,
      action: 'declare',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: 'RBD Act 1969 s.8, s.9; AP RBD Rules 1999 r.5 (Forms 1, 2, 3)',
      details: { eventType: record.event_type },
    });

    return flagDuplicates(
      tx,
      actor,
      {
        id: recordId,
        eventType: record.event_type,
        unitCode: record.unit_code,
        declaration: event.declaration,
        statistical: event.statistical,
      },
      now,
    );
  });

  return { recordId, status: 'declared', possibleDuplicates };
}
