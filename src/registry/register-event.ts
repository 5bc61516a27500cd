import { randomUUID } from 'node:crypto';
import type { Db, Sql } from '../db/db.ts';
import { enqueue, wakeWorkers } from '../jobs/outbox.ts';
import { AppError } from '../shared/app-error.ts';
import { indiaDate } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { listRequirements, refuseWhenMissing } from './list-requirements.ts';
import { loadRecordFor, type EventRecordRow } from './load-record-for.ts';
import { nextRegistrationNumber } from './registration-number.ts';
import { findUnit } from './units.ts';

export interface RegisteredEvent {
  recordId: string;
  registrationNumber: string;
  registrationDate: string;
  /** The certificate queued: Form 5, Form 6 or the still-birth extract. */
  certificateId: string;
}

/**
 * Registers a declared event in its unit (s.7, s.8): refuses while a possible duplicate waits
 * for the registrar (DUPLICATE_PENDING), or while a delayed registration lacks its late fee,
 * permission, affidavit or magistrate's order (REQUIREMENTS_MISSING, naming each, s.13). In one
 * transaction: the registration number (B, S or D), the record, the informant's linked number,
 * the history entry with the tier's legal basis, and the certificate job: Form 5 for a live
 * birth, Form 6 for a death (sent to the informant), the extract for a still-birth (sent only
 * when the informant is a parent; see informantRecipient).
 *
 * Fails with RECORD_NOT_FOUND, FORBIDDEN, INVALID_STATUS (not `declared`), DUPLICATE_PENDING or
 * REQUIREMENTS_MISSING.
 */
export async function registerEvent(
  db: Db,
  actor: Actor,
  recordId: string,
  now: Date = new Date(),
): Promise<RegisteredEvent> {
  const registrationDate = indiaDate(now);
  const certificateId = randomUUID();

  const registered = await db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'register', recordId, { forUpdate: true });
    const legalBasis = await checkReady(tx, record);
    const number = await takeNumber(tx, record, registrationDate);

    await tx.query(
      "update records set status = 'registered', registration_number = $2, registration_date = $3 where id = $1",
      [record.id, number, registrationDate],
    );
    await linkInformant(tx, record);
    await appendHistory(tx, {
      recordId,
      action: 'register',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis,
      details: { registrationNumber: number, registrationDate },
    });
    const queued = await queueCertificate(tx, record, certificateId);

    return { recordId, registrationNumber: number, registrationDate, certificateId: queued };
  });
  wakeWorkers();

  return registered;
}

async function checkReady(sql: Sql, record: EventRecordRow): Promise<string> {
  if (record.status !== 'declared')
    throw new AppError('INVALID_STATUS', `record is ${record.status}`);

  const [open] = await sql.query(
    "select 1 from duplicate_candidates where record_id = $1 and status = 'open' limit 1",
    [record.id],
  );
  if (open) throw new AppError('DUPLICATE_PENDING', 'a possible duplicate waits for the registrar');

  const requirements = await listRequirements(sql, record);
  refuseWhenMissing(requirements.missing, requirements.assessment.delayDays);

  return requirements.assessment.legalBasis;
}

async function takeNumber(
  sql: Sql,
  record: EventRecordRow,
  registrationDate: string,
): Promise<string> {
  const unit = await findUnit(sql, record.unit_code);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', 'the record has no known unit');

  return nextRegistrationNumber(sql, {
    unitCode: unit.code,
    crsCode: unit.crs_code,
    eventType: record.event_type,
    year: Number(registrationDate.slice(0, 4)),
  });
}

async function linkInformant(sql: Sql, record: EventRecordRow): Promise<void> {
  if (!record.informant_wa_id) return;

  await sql.query(
    `insert into record_contacts (record_id, role, wa_id) values ($1, 'informant', $2)
     on conflict (record_id, role, wa_id) do nothing`,
    [record.id, record.informant_wa_id],
  );
}

/** Every registered event is certified: Form 5, Form 6 or the still-birth extract (s.12). */
async function queueCertificate(
  sql: Sql,
  record: EventRecordRow,
  certificateId: string,
): Promise<string> {
  await enqueue(sql, 'certificate.issue', { recordId: record.id, certificateId });

  return certificateId;
}
