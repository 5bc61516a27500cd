import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import { enqueue, wakeWorkers } from '../jobs/outbox.ts';
import { AppError, type FieldIssue } from '../shared/app-error.ts';
import { daysBetween, indiaDate } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { BirthDeclarationSchema, type BirthDeclaration } from './birth-declaration.ts';
import { toWaId } from './phone.ts';
import { nextRegistrationNumber } from './registration-number.ts';
import { findFacility, findUnit, type Unit } from './units.ts';

/** The reporting period of the model rules: free registration within 21 days of the event. */
const ON_TIME_LIMIT_DAYS = 21;

const LEGAL_BASIS = 'RBD Act 1969 s.7, s.8; AP RBD Rules 1999 r.5 (reported within 21 days)';

export interface RegisteredBirth {
  recordId: string;
  registrationNumber: string;
  registrationDate: string;
  certificateId: string;
}

/**
 * Registers a birth reported to the registrar of the unit where it happened (RBD Act s.7, s.8).
 * In one transaction: takes the registration number, writes the record and the first entry of
 * its history, and queues the certificate (Form 5), so none of them exists without the others.
 *
 * Fails with VALIDATION_FAILED (naming each bad field), OUTSIDE_JURISDICTION (another unit),
 * FORBIDDEN (not a registrar) or DELAYED_REGISTRATION_NOT_SUPPORTED (over 21 days).
 */
export async function registerBirth(
  db: Db,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<RegisteredBirth> {
  const declaration = parseDeclaration(input);
  const unit = await resolveUnit(db, actor, declaration.unitCode);
  await checkPlaceOfBirth(db, unit, declaration);
  const registrationDate = indiaDate(now);
  checkTimeLimits(declaration.birth.date, registrationDate);

  const recordId = randomUUID();
  const certificateId = randomUUID();
  const registrationNumber = await db.transaction(async (tx) => {
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
    await appendHistory(tx, {
      recordId, action: 'register', actor, unitCode: unit.code, at: now,
      legalBasis: LEGAL_BASIS, details: { registrationNumber: number, registrationDate },
    });
    await enqueue(tx, 'certificate.issue', { recordId, certificateId });

    return number;
  });
  wakeWorkers();

  return { recordId, registrationNumber, registrationDate, certificateId };
}

function parseDeclaration(input: unknown): BirthDeclaration {
  const parsed = BirthDeclarationSchema.safeParse(input);
  if (parsed.success) return parsed.data;

  const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', 'birth declaration is invalid', { issues });
}

async function resolveUnit(db: Db, actor: Actor, requested: string | undefined): Promise<Unit> {
  if (actor.role !== 'registrar' || !actor.unitCode) {
    throw new AppError('FORBIDDEN', 'only a registrar of a unit registers births');
  }
  if (requested && requested !== actor.unitCode) {
    throw new AppError('OUTSIDE_JURISDICTION', 'the birth belongs to another unit');
  }

  const unit = await findUnit(db, actor.unitCode);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', 'the registrar has no known unit');

  return unit;
}

async function checkPlaceOfBirth(db: Db, unit: Unit, declaration: BirthDeclaration): Promise<void> {
  const place = declaration.birth.place;
  if (place.type !== 'facility') return;

  const facility = await findFacility(db, place.facilityId);
  if (!facility || facility.unit_code !== unit.code) {
    throw new AppError('VALIDATION_FAILED', 'facility is not in the unit', {
      issues: [{ field: 'birth.place.facilityId', message: 'not a health facility of this unit' }],
    });
  }
}

function checkTimeLimits(birthDate: string, registrationDate: string): void {
  const delayDays = daysBetween(birthDate, registrationDate);
  if (delayDays < 0) {
    throw new AppError('VALIDATION_FAILED', 'birth date is in the future', {
      issues: [{ field: 'birth.date', message: 'is after today (India time)' }],
    });
  }

  // TODO(#3): delayed registration (late fee, District Registrar's permission, magistrate's order).
  if (delayDays > ON_TIME_LIMIT_DAYS) {
    throw new AppError('DELAYED_REGISTRATION_NOT_SUPPORTED', `reported ${delayDays} days after birth`, {
      issues: [{ field: 'birth.date', message: `more than ${ON_TIME_LIMIT_DAYS} days ago` }],
    });
  }
}
