import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { isActionAllowed, jurisdictionFilter } from './authorize.ts';
import { describeRecord, type RecordView } from './describe-record.ts';

export interface DuplicateCandidate {
  recordId: string;
  otherRecordId: string;
  reasons: string[];
  status: string;
}

/** The open possible duplicates in the caller's jurisdiction, oldest event first. */
export async function listDuplicates(sql: Sql, actor: Actor): Promise<DuplicateCandidate[]> {
  if (!isActionAllowed(actor, 'read_record'))
    throw new AppError('FORBIDDEN', `${actor.role} may not read records`);

  const scope = jurisdictionFilter(actor, 1);

  return sql.query<DuplicateCandidate>(
    `select d.record_id as "recordId", d.other_record_id as "otherRecordId", d.reasons, d.status
     from duplicate_candidates d join records r on r.id = d.record_id join units u on u.code = r.unit_code
     where d.status = 'open' and ${scope.sql} order by r.event_date, r.created_at limit 200`,
    scope.params,
  );
}

/**
 * One possible duplicate with both records side by side, as the registrar decides it (record
 * views never carry the cause of death). Fails with RECORD_NOT_FOUND when the pair is unknown or
 * either record is outside the caller's jurisdiction.
 */
export async function compareDuplicate(
  sql: Sql,
  actor: Actor,
  pair: { recordId: string; otherRecordId: string },
): Promise<DuplicateCandidate & { record: RecordView; other: RecordView }> {
  const record = await describeRecord(sql, actor, pair.recordId);
  const [candidate] = await sql.query<DuplicateCandidate>(
    `select record_id as "recordId", other_record_id as "otherRecordId", reasons, status
     from duplicate_candidates where record_id = $1 and other_record_id = $2`,
    [record.id, pair.otherRecordId],
  );
  if (!candidate) throw new AppError('RECORD_NOT_FOUND', 'no such duplicate candidate');

  return { ...candidate, record, other: await describeRecord(sql, actor, pair.otherRecordId) };
}
