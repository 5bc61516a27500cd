import type { Sql } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { isActionAllowed, jurisdictionFilter } from '../registry/authorize.ts';
import { maskWaId } from '../registry/phone.ts';

/** A job that gave up, as an operator sees it. Numbers are masked. */
export interface DeadLetter {
  id: number;
  kind: string;
  attempts: number;
  lastError: string | null;
  deadAt: string;
  messageId: string | null;
  messageStatus: string | null;
  to: string | null;
  recordId: string | null;
  unitCode: string | null;
}

export interface DeadLetterRow {
  id: number;
  kind: string;
  attempts: number;
  last_error: string | null;
  dead_at: Date;
  message_id: string | null;
  message_status: string | null;
  to_wa_id: string | null;
  record_id: string | null;
  unit_code: string | null;
}

const MAX_LISTED = 500;

/**
 * The outbox jobs that exhausted their retries or were refused for good (the dead_letters
 * view), newest first, within the caller's jurisdiction as record reads are: a registrar sees
 * those of records in their unit, the District Registrar those of the district; the statewide
 * roles (operations team, Chief Registrar) and the system actor (the CLI on the database
 * itself) see all, jobs of no unit (webhook intake) included. A role that may not read
 * records sees none.
 */
export async function listDeadLetters(sql: Sql, actor: Actor): Promise<DeadLetter[]> {
  if (!isActionAllowed(actor, 'read_record')) return [];

  const scope = jurisdictionFilter(actor, 1);
  const rows = await sql.query<DeadLetterRow>(
    `select d.* from dead_letters d left join units u on u.code = d.unit_code
     where ${scope.sql} order by d.dead_at desc, d.id desc limit ${MAX_LISTED}`,
    scope.params,
  );

  return rows.map(toDeadLetter);
}

/** The operator's view of one dead_letters row. */
export function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: Number(row.id),
    kind: row.kind,
    attempts: row.attempts,
    lastError: row.last_error,
    deadAt: row.dead_at.toISOString(),
    messageId: row.message_id,
    messageStatus: row.message_status,
    to: row.to_wa_id ? maskWaId(row.to_wa_id) : null,
    recordId: row.record_id,
    unitCode: row.unit_code,
  };
}
