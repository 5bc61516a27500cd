import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { daysBetween, indiaDate, indiaTime } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import { authorize, type Action } from './authorize.ts';
import type { EventFacts } from './event-facts.ts';
import { fieldIssue } from './field-issues.ts';
import { findFacility, findUnit, type Unit } from './units.ts';

/**
 * The unit an event is registered in, the unit where it happened (s.7): the one the body names,
 * else the caller's own (or a system client's only unit). Checks the caller may take `action`
 * there, that a facility named as the place belongs to that unit, and that the event is not in
 * the future (India time). Fails with VALIDATION_FAILED, UNIT_NOT_FOUND, FORBIDDEN or
 * OUTSIDE_JURISDICTION.
 */
export async function resolveEventUnit(
  sql: Sql,
  actor: Actor,
  action: Action,
  facts: EventFacts,
  options: { eventKey: 'birth' | 'death'; now: Date },
): Promise<Unit> {
  const clientUnit = actor.unitCodes?.length === 1 ? actor.unitCodes[0] : undefined;
  const code = facts.requestedUnit ?? actor.unitCode ?? clientUnit;
  if (!code)
    throw new AppError('VALIDATION_FAILED', 'no unit named', {
      issues: [fieldIssue('declaration.unitCode', 'required')],
    });

  const unit = await findUnit(sql, code);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', 'no such unit');

  authorize(actor, action, { unitCode: unit.code, districtEn: unit.district_en });
  await checkPlace(sql, unit, facts, options.eventKey);
  checkNotFuture(facts, options.eventKey, options.now);

  return unit;
}

async function checkPlace(
  sql: Sql,
  unit: Unit,
  facts: EventFacts,
  eventKey: string,
): Promise<void> {
  if (facts.place.type !== 'facility') return;

  const facility = await findFacility(sql, facts.place.facilityId ?? '');
  if (!facility || facility.unit_code !== unit.code) {
    throw new AppError('VALIDATION_FAILED', 'facility is not in the unit', {
      issues: [fieldIssue(`declaration.${eventKey}.place.facilityId`, 'notFacility')],
    });
  }
}

function checkNotFuture(facts: EventFacts, eventKey: string, now: Date): void {
  const delayDays = daysBetween(facts.eventDate, indiaDate(now));
  const isLaterToday =
    delayDays === 0 && facts.eventTime !== undefined && facts.eventTime > indiaTime(now);
  if (delayDays < 0 || isLaterToday) {
    throw new AppError('VALIDATION_FAILED', 'event date is in the future', {
      issues: [fieldIssue(`declaration.${eventKey}.date`, 'future')],
    });
  }
}
