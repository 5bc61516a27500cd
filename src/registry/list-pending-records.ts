import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { isActionAllowed, jurisdictionFilter } from './authorize.ts';

export const PENDING_STATUSES = ['notified', 'declared'] as const;
export type PendingStatus = (typeof PENDING_STATUSES)[number];

/** A record still waiting for the registrar, as a work queue lists it. */
export interface PendingRecord {
  id: string;
  eventType: string;
  unitCode: string;
  status: PendingStatus;
  /** Who reported it: the registrar, a field worker, or a department (a hospital's system). */
  source: string;
  eventDate: string;
  reportedAt: string;
  /** The child's or the deceased's name as reported so far; notifications often have none. */
  name: { en?: string; te?: string } | null;
}

interface PendingRow {
  id: string;
  event_type: string;
  unit_code: string;
  status: PendingStatus;
  source: string;
  event_date: string;
  created_at: Date;
  declaration: Record<string, unknown>;
}

const PENDING_LIMIT = 200;

/**
 * The records of the caller's jurisdiction still waiting in one status, oldest report first:
 * `notified` (a hospital, a field worker or the staff reported the event; the declaration is
 * to be completed) or `declared` (to be registered once its requirements are recorded, s.13).
 * Names only as reported, nothing else personal. FORBIDDEN for a role that may not read records.
 */
export async function listPendingRecords(
  sql: Sql,
  actor: Actor,
  status: PendingStatus,
): Promise<PendingRecord[]> {
  if (!isActionAllowed(actor, 'read_record'))
    throw new AppError('FORBIDDEN', `${actor.role} may not read records`);

  const scope = jurisdictionFilter(actor, 2);
  const rows = await sql.query<PendingRow>(
    `select r.id, r.event_type, r.unit_code, r.status, r.source, r.event_date::text as event_date,
       r.created_at, r.declaration
     from records r join units u on u.code = r.unit_code
     where r.status = $1 and ${scope.sql}
     order by r.created_at, r.id limit ${PENDING_LIMIT}`,
    [status, ...scope.params],
  );

  return rows.map((row) => ({
    id: row.id,
    eventType: row.event_type,
    unitCode: row.unit_code,
    status: row.status,
    source: row.source,
    eventDate: row.event_date,
    reportedAt: row.created_at.toISOString(),
    name: personName(row.declaration),
  }));
}

function personName(declaration: Record<string, unknown>): PendingRecord['name'] {
  const person = (declaration.child ?? declaration.deceased) as
    { name?: Record<string, unknown> } | undefined;
  const name = person?.name;
  if (!name) return null;

  const en = typeof name.en === 'string' ? name.en : undefined;
  const te = typeof name.te === 'string' ? name.te : undefined;

  return en || te ? { ...(en ? { en } : {}), ...(te ? { te } : {}) } : null;
}
