import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';

/** Everything a caller may ask of the register, each checked against role and jurisdiction. */
export const ACTIONS = [
  'notify',
  'declare',
  'register',
  'reject',
  'record_requirement',
  'grant_permission',
  'read_record',
  'read_cause_of_death',
  'decide_duplicate',
  'correct',
  'send_certificate',
  'search',
] as const;

export type Action = (typeof ACTIONS)[number];

/** Where the thing acted on belongs: its registration unit and that unit's district. */
export interface Target {
  unitCode: string;
  districtEn: string;
}

type Scope = 'unit' | 'district' | 'state' | 'client_units';

/**
 * The matrix: for each role, the actions it may take and over which scope. Decisions:
 * - a sub-registrar notifies, declares and records fees and affidavits in their unit, but does
 *   not register, reject, correct, decide duplicates, re-send certificates or read the cause
 *   of death;
 * - the District Registrar grants the 30 days-1 year permission (s.13(2)) and reads every unit
 *   of the district, including the cause of death, but registers nothing: registration is the
 *   unit registrar's, in the unit where the event happened (s.7);
 * - the Chief Registrar reads statewide, cause of death included; the operations team reads
 *   statewide without it and changes nothing;
 * - a department's system client only notifies, in the units of its key.
 */
const MATRIX: Record<Actor['role'], { scope: Scope; actions: readonly Action[] }> = {
  registrar: {
    scope: 'unit',
    actions: [
      'notify',
      'declare',
      'register',
      'reject',
      'record_requirement',
      'read_record',
      'read_cause_of_death',
      'decide_duplicate',
      'correct',
      'send_certificate',
      'search',
    ],
  },
  sub_registrar: {
    scope: 'unit',
    actions: ['notify', 'declare', 'record_requirement', 'read_record', 'search'],
  },
  district_registrar: {
    scope: 'district',
    actions: ['grant_permission', 'read_record', 'read_cause_of_death', 'search'],
  },
  chief_registrar: { scope: 'state', actions: ['read_record', 'read_cause_of_death', 'search'] },
  state_operations: { scope: 'state', actions: ['read_record', 'search'] },
  api_client: { scope: 'client_units', actions: ['notify'] },
  system: { scope: 'state', actions: ACTIONS },
};

/** Whether the target lies inside the actor's jurisdiction (whatever the action). */
export function isInJurisdiction(actor: Actor, target: Target): boolean {
  switch (MATRIX[actor.role].scope) {
    case 'unit':
      return actor.unitCode === target.unitCode;
    case 'district':
      return Boolean(actor.districtEn) && actor.districtEn === target.districtEn;
    case 'client_units':
      return (actor.unitCodes ?? []).includes(target.unitCode);
    case 'state':
      return true;
  }
}

/** Whether the actor's role allows the action at all. */
export function isActionAllowed(actor: Actor, action: Action): boolean {
  return MATRIX[actor.role].actions.includes(action);
}

/**
 * Checks one call against the matrix: FORBIDDEN when the role may never take the action,
 * OUTSIDE_JURISDICTION when the target's unit is not the caller's. Callers that look a record
 * up by id turn OUTSIDE_JURISDICTION into RECORD_NOT_FOUND (see loadRecordFor), so an id or a
 * number alone reveals nothing.
 */
export function authorize(actor: Actor, action: Action, target: Target): void {
  if (!isActionAllowed(actor, action)) {
    throw new AppError('FORBIDDEN', `${actor.role} may not ${action}`);
  }
  if (!isInJurisdiction(actor, target)) {
    throw new AppError(
      'OUTSIDE_JURISDICTION',
      `${target.unitCode} is outside the caller's jurisdiction`,
    );
  }
}

/** The SQL condition (on a `units` alias `u`) that limits a query to the actor's jurisdiction. */
export function jurisdictionFilter(
  actor: Actor,
  firstParam: number,
): { sql: string; params: unknown[] } {
  switch (MATRIX[actor.role].scope) {
    case 'unit':
      return { sql: `u.code = $${firstParam}`, params: [actor.unitCode] };
    case 'district':
      return { sql: `u.district_en = $${firstParam}`, params: [actor.districtEn ?? null] };
    case 'client_units':
      return { sql: `u.code = any($${firstParam}::text[])`, params: [actor.unitCodes ?? []] };
    case 'state':
      return { sql: 'true', params: [] };
  }
}
