import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { authorize, isActionAllowed, isInJurisdiction, type Action } from './authorize.ts';

export type EventType = 'birth' | 'still_birth' | 'death';
export type RecordStatus = 'notified' | 'declared' | 'registered' | 'rejected';

/** A row of `records` with the district of its unit, as the lifecycle reads it. */
export interface EventRecordRow {
  id: string;
  event_type: EventType;
  unit_code: string;
  district_en: string;
  status: RecordStatus;
  source: string;
  registration_number: string | null;
  registration_date: string | null;
  event_date: string;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
  informant_wa_id: string | null;
  informant_language: 'te' | 'en';
  rejection_reason: string | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads a record for an action by a caller: FORBIDDEN when the caller's role may never take the
 * action; RECORD_NOT_FOUND when the record is missing or outside the caller's jurisdiction
 * (the same answer, so an id reveals nothing). Pass `forUpdate` inside a transaction to lock it.
 */
export async function loadRecordFor(
  sql: Sql,
  actor: Actor,
  action: Action,
  recordId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EventRecordRow> {
  if (!isActionAllowed(actor, action))
    throw new AppError('FORBIDDEN', `${actor.role} may not ${action}`);

  const [record] = UUID.test(recordId)
    ? await sql.query<EventRecordRow>(
        `select r.*, u.district_en from records r join units u on u.code = r.unit_code
         where r.id = $1 ${options.forUpdate ? 'for update of r' : ''}`,
        [recordId],
      )
    : [];
  const target = record
    ? { unitCode: record.unit_code, districtEn: record.district_en }
    : undefined;
  if (!record || !target || !isInJurisdiction(actor, target)) {
    throw new AppError('RECORD_NOT_FOUND', "no record in the caller's jurisdiction");
  }

  authorize(actor, action, target);

  return record;
}
