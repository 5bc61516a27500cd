import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import { enqueue, wakeWorkers } from '../jobs/outbox.ts';
import { AppError } from '../shared/app-error.ts';
import { daysBetween, indiaDate, indiaTime } from '../shared/india-time.ts';
import { assessDelay } from './assess-delay.ts';
import { authorize } from './authorize.ts';
import { refuseWhenMissing } from './list-requirements.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { BirthDeclarationSchema, type BirthDeclaration } from './birth-declaration.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { flagDuplicates } from './flag-duplicates.ts';
import { toWaId } from './phone.ts';
import { nextRegistrationNumber } from './registration-number.ts';
import { saveRecordDetails } from './save-record-details.ts';
import { splitAadhaar } from './store-aadhaar.ts';
import { findFacility, findUnit, type Unit } from './units.ts';


export interface RegisteredBirth {
  recordId: string;
  registrationNumber: string;
  registrationDate: string;
  certificateId: string;
  /** Records this birth may repeat: flagged for the registrar's decision, never blocking. */
  possibleDuplicates: string[];
}

/**
 * Registers a birth reported to the registrar of the unit where it happened (RBD Act s.7, s.8).
 * In one transaction: takes the registration number, writes the record and the first entry of
 * its history, and queues the certificate (Form 5), so none of them exists without the others.
 * A possible duplicate (the same mother, date and place: flagDuplicates) is flagged for the
 * registrar's decision in the same transaction, not refused, and named in the result.
 *
 * Fails with VALIDATION_FAILED (naming each bad field), OUTSIDE_JURISDICTION (another unit),
 * FORBIDDEN (not a registrar) or REQUIREMENTS_MISSING (reported after 21 days: a delayed
 * registration goes through POST /api/v1/declarations, where the fee, permission, affidavit or
 * order is recorded before registering).
 */
export async function registerBirth(
  db: Db,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<RegisteredBirth> {
  const { declaration, numbers: aadhaar } = splitAadhaar(parseDeclaration(input));
  const unit = await resolveUnit(db, actor, declaration.unitCode);
  await checkPlaceOfBirth(db, unit, declaration);
  const registrationDate = indiaDate(now);
  const legalBasis = checkTimeLimits(declaration.birth, now);

  const recordId = randomUUID();
  const certificateId = randomUUID();
  const registered = await db.transaction(async (tx) => {
    const number = await nextRegistrationNumber(tx, {
      unitCode: unit.code,
      crsCode: unit.crs_code,
      eventType: 'birth',
      year: Number(registrationDate.slice(0, 4)),
    });
    await tx.query(
      `insert into records (id, event_type, unit_code, status, registration_number,
         registration_date, event_date, declaration, informant_wa_id, informant_language)
       values ($1, 'birth', $2, 'registered', $3, $4, $5, $6, $7, $8)`,
      [recordId, unit.code, number, registrationDate, declaration.birth.date,
        JSON.stringify({ ...declaration, unitCode: unit.code }),
        toWaId(declaration.informant.mobile), declaration.informant.language],
    );
    await saveRecordDetails(tx, { recordId, aadhaar, informantMobile: declaration.informant.mobile });
    await appendHistory(tx, {
      recordId, action: 'register', actor, unitCode: unit.code, at: now,
      legalBasis, details: { registrationNumber: number, registrationDate },
    });
    await enqueue(tx, 'certificate.issue', { recordId, certificateId });
    const event = { id: recordId, eventType: 'birth' as const, unitCode: unit.code, declaration, statistical: {} };

    return { registrationNumber: number, possibleDuplicates: await flagDuplicates(tx, actor, event, now) };
  });
  wakeWorkers();

  return { recordId, registrationDate, certificateId, ...registered };
}

function parseDeclaration(input: unknown): BirthDeclaration {
  const parsed = BirthDeclarationSchema.safeParse(input);
  if (parsed.success) return parsed.data;

  throw new AppError('VALIDATION_FAILED', 'birth declaration is invalid', { issues: toFieldIssues(parsed.error) });
}

async function resolveUnit(db: Db, actor: Actor, requested: string | undefined): Promise<Unit> {
  const unit = await findUnit(db, requested?.toUpperCase() ?? actor.unitCode ?? '');
  if (!unit) throw new AppError(actor.unitCode ? 'UNIT_NOT_FOUND' : 'FORBIDDEN', 'no unit to register in');

  authorize(actor, 'register', { unitCode: unit.code, districtEn: unit.district_en });

  return unit;
}

async function checkPlaceOfBirth(db: Db, unit: Unit, declaration: BirthDeclaration): Promise<void> {
  const place = declaration.birth.place;
  if (place.type !== 'facility') return;

  const facility = await findFacility(db, place.facilityId);
  if (!facility || facility.unit_code !== unit.code) {
    throw new AppError('VALIDATION_FAILED', 'facility is not in the unit', {
      issues: [fieldIssue('birth.place.facilityId', 'notFacility')],
    });
  }
}

function checkTimeLimits(birth: { date: string; time?: string }, now: Date): string {
  const delayDays = daysBetween(birth.date, indiaDate(now));
  const isLaterToday = delayDays === 0 && birth.time !== undefined && birth.time > indiaTime(now);
  if (delayDays < 0 || isLaterToday) {
    throw new AppError('VALIDATION_FAILED', 'birth date is in the future', {
      issues: [fieldIssue('birth.date', 'future')],
    });
  }

  const assessment = assessDelay(birth.date, indiaDate(now));
  refuseWhenMissing(assessment.required, delayDays);

  return assessment.legalBasis;
}
