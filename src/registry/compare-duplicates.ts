import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { isActionAllowed, isInJurisdiction, jurisdictionFilter } from './authorize.ts';
import { describeRecord, type RecordView } from './describe-record.ts';
import {
  describeDuplicateCounterpart,
  type DuplicateCounterpart,
} from './describe-duplicate-counterpart.ts';

export interface DuplicateCandidate {
  recordId: string;
  otherRecordId: string;
  reasons: string[];
  status: string;
  /** The units of the later record and of the one it may repeat (they differ across units). */
  unitCode: string;
  otherUnitCode: string;
}

const CANDIDATE_COLUMNS = `d.record_id as "recordId", d.other_record_id as "otherRecordId", d.reasons,
  d.status, r.unit_code as "unitCode", o.unit_code as "otherUnitCode"`;

/**
 * The open possible duplicates the caller's jurisdiction touches, oldest event first: pairs
 * where either record is in it, so the registrars of both units see a pair across units.
 */
export async function listDuplicates(sql: Sql, actor: Actor): Promise<DuplicateCandidate[]> {
  if (!isActionAllowed(actor, 'read_record'))
    throw new AppError('FORBIDDEN', `${actor.role} may not read records`);

  const scope = jurisdictionFilter(actor, 1);

  return sql.query<DuplicateCandidate>(
    `select ${CANDIDATE_COLUMNS}
     from duplicate_candidates d join records r on r.id = d.record_id join records o on o.id = d.other_record_id
     where d.status = 'open'
       and exists (select 1 from units u where u.code in (r.unit_code, o.unit_code) and ${scope.sql})
     order by r.event_date, r.created_at limit 200`,
    scope.params,
  );
}

type Side = RecordView | DuplicateCounterpart;

/**
 * One possible duplicate with both records side by side, as the registrar decides it. A
 * record in the caller's jurisdiction is shown in full (never with the cause of death); one
 * held by a unit outside it only reduced (describeDuplicateCounterpart), so that a pair across
 * units can be judged from either side without opening the other unit's register. Fails with
 * RECORD_NOT_FOUND when the pair is unknown or neither record is in the caller's jurisdiction.
 */
export async function compareDuplicate(
  sql: Sql,
  actor: Actor,
  pair: { recordId: string; otherRecordId: string },
): Promise<DuplicateCandidate & { record: Side; other: Side }> {
  if (!isActionAllowed(actor, 'read_record'))
    throw new AppError('FORBIDDEN', `${actor.role} may not read records`);

  const candidate = await findCandidate(sql, pair);
  const [unit, otherUnit] = candidate ? await districtsOf(sql, candidate) : [];
  const isMine = unit !== undefined && isInJurisdiction(actor, unit);
  const isOtherMine = otherUnit !== undefined && isInJurisdiction(actor, otherUnit);
  if (!candidate || (!isMine && !isOtherMine)) {
    throw new AppError('RECORD_NOT_FOUND', 'no such duplicate candidate');
  }

  return {
    ...candidate,
    record: await side(sql, actor, candidate.recordId, isMine),
    other: await side(sql, actor, candidate.otherRecordId, isOtherMine),
  };
}

async function findCandidate(
  sql: Sql,
  pair: { recordId: string; otherRecordId: string },
): Promise<DuplicateCandidate | undefined> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!uuid.test(pair.recordId) || !uuid.test(pair.otherRecordId)) return undefined;

  const [candidate] = await sql.query<DuplicateCandidate>(
    `select ${CANDIDATE_COLUMNS}
     from duplicate_candidates d join records r on r.id = d.record_id join records o on o.id = d.other_record_id
     where d.record_id = $1 and d.other_record_id = $2`,
    [pair.recordId, pair.otherRecordId],
  );

  return candidate;
}

async function districtsOf(
  sql: Sql,
  candidate: DuplicateCandidate,
): Promise<({ unitCode: string; districtEn: string } | undefined)[]> {
  const units = await sql.query<{ code: string; district_en: string }>(
    'select code, district_en from units where code in ($1, $2)',
    [candidate.unitCode, candidate.otherUnitCode],
  );
  const target = (code: string) => {
    const unit = units.find((found) => found.code === code);

    return unit && { unitCode: unit.code, districtEn: unit.district_en };
  };

  return [target(candidate.unitCode), target(candidate.otherUnitCode)];
}

async function side(sql: Sql, actor: Actor, recordId: string, isMine: boolean): Promise<Side> {
  if (isMine) return describeRecord(sql, actor, recordId);

  const reduced = await describeDuplicateCounterpart(sql, recordId);
  if (!reduced) throw new AppError('RECORD_NOT_FOUND', 'no such duplicate candidate');

  return reduced;
}
