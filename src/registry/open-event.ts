import { randomUUID } from 'node:crypto';
import type { Db, Sql } from '../db/db.ts';
import { linkNotification } from '../ingest/link-notification.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { isActionAllowed } from './authorize.ts';
import { eventFacts, type EventFacts } from './event-facts.ts';
import { flagDuplicates } from './flag-duplicates.ts';
import type { RecordStatus } from './load-record-for.ts';
import { parseEvent, type ParsedEvent } from './parse-event.ts';
import { resolveEventUnit } from './resolve-event-unit.ts';
import { saveRecordDetails } from './save-record-details.ts';
import { splitAadhaar } from './store-aadhaar.ts';
import { storeCauseOfDeath } from './store-cause-of-death.ts';

export interface OpenedEvent {
  recordId: string;
  status: RecordStatus;
  unitCode: string;
  /** Records this one may duplicate; registration waits until the registrar decides. */
  possibleDuplicates: string[];
}

const SOURCE_BY_DEPARTMENT = {
  health: 'hospital',
  panchayat_raj: 'panchayat_raj',
  municipal_administration: 'municipal_administration',
} as const;

const LEGAL_BASIS = {
  notified: 'RBD Act 1969 s.8 (report by the head of an institution or the person in charge), s.7',
  declared: 'RBD Act 1969 s.8, s.9; AP RBD Rules 1999 r.5 (Forms 1, 2, 3)',
} as const;

/**
 * Opens a new record of an event in the unit where it happened. A notification (incomplete
 * allowed: only the event's date and place are needed) comes from a department's system client,
 * a field worker or the unit's staff; a declaration carries the whole legal part. In one
 * transaction: the record, the cause of death in its restricted store (never in the history),
 * the first history entry, and any possible duplicates found. A hospital's notification of a
 * birth already held is attached to that record as a second source instead (linkNotification).
 *
 * Fails with VALIDATION_FAILED, UNIT_NOT_FOUND, FORBIDDEN or OUTSIDE_JURISDICTION.
 */
export async function openEvent(
  db: Db,
  actor: Actor,
  input: unknown,
  options: { isComplete: boolean; now?: Date },
): Promise<OpenedEvent> {
  const now = options.now ?? new Date();
  const action = options.isComplete ? 'declare' : 'notify';
  if (!isActionAllowed(actor, action))
    throw new AppError('FORBIDDEN', `${actor.role} may not ${action}`);

  const event = parseEvent(input, { isComplete: options.isComplete });
  const facts = eventFacts(event.eventType, event.declaration);
  const unit = await resolveEventUnit(db, actor, action, facts, {
    eventKey: event.eventType === 'death' ? 'death' : 'birth',
    now,
  });
  if (!options.isComplete) {
    const linked = await linkNotification(db, { actor, event, unitCode: unit.code, now });
    if (linked) return { ...linked, unitCode: unit.code, possibleDuplicates: [] };
  }

  const status: RecordStatus = options.isComplete ? 'declared' : 'notified';
  const recordId = randomUUID();

  const possibleDuplicates = await db.transaction(async (tx) => {
    await insertRecord(tx, {
      recordId,
      status,
      unitCode: unit.code,
      event,
      facts,
      source: sourceOf(actor, input),
      now,
    });
    await tx.query(
      'insert into record_sources (record_id, source, source_ref) values ($1, $2, $3)',
      [
        recordId,
        sourceOf(actor, input),
        actor.clientId ? `client ${actor.clientId}` : `user ${actor.username}`,
      ],
    );
    if (event.causeOfDeath)
      await storeCauseOfDeath(tx, actor, {
        recordId,
        unitCode: unit.code,
        cause: event.causeOfDeath,
        now,
      });
    await appendHistory(tx, {
      recordId,
      action: options.isComplete ? 'declare' : 'notify',
      actor,
      unitCode: unit.code,
      at: now,
      legalBasis: LEGAL_BASIS[status],
      details: {
        eventType: event.eventType,
        ...(actor.clientId ? { clientId: actor.clientId } : {}),
      },
    });

    return flagDuplicates(
      tx,
      actor,
      {
        id: recordId,
        eventType: event.eventType,
        unitCode: unit.code,
        declaration: event.declaration,
        statistical: event.statistical,
      },
      now,
    );
  });

  return { recordId, status, unitCode: unit.code, possibleDuplicates };
}

function sourceOf(actor: Actor, input: unknown): string {
  if (actor.department) return SOURCE_BY_DEPARTMENT[actor.department];

  return (input as { source?: unknown }).source === 'field_worker' ? 'field_worker' : 'registrar';
}

async function insertRecord(
  sql: Sql,
  row: {
    recordId: string;
    status: RecordStatus;
    unitCode: string;
    event: ParsedEvent;
    facts: EventFacts;
    source: string;
    now: Date;
  },
): Promise<void> {
  const { declaration, numbers: aadhaar } = splitAadhaar(row.event.declaration);
  await sql.query(
    `insert into records (id, event_type, unit_code, status, event_date, declaration, statistical,
       informant_wa_id, informant_language, source, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      row.recordId,
      row.event.eventType,
      row.unitCode,
      row.status,
      row.facts.eventDate,
      JSON.stringify({ ...declaration, unitCode: row.unitCode }),
      JSON.stringify(row.event.statistical),
      row.facts.informantWaId ?? null,
      row.facts.informantLanguage,
      row.source,
      row.now,
    ],
  );
  await saveRecordDetails(sql, { recordId: row.recordId, aadhaar });
}
