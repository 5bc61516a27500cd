import { createHash } from 'node:crypto';
import type { Sql } from '../db/db.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import type { Actor } from './actor.ts';

/** The registry's verbs, as they appear in a record's history. */
export type HistoryAction =
  | 'register'
  | 'certify'
  | 'send-certificate'
  | 'resend-certificate'
  | 'revoke'
  | 'notify'
  | 'declare'
  | 'reject'
  | 'record-requirement'
  | 'record-cause-of-death'
  | 'read-cause-of-death'
  | 'flag-duplicate'
  | 'decide-duplicate'
  | 'add-name'
  | 'confirm-name'
  | 'correct'
  | 'cancel'
  | 'update-contacts'
  | 'attach-source';

export interface HistoryEntry {
  recordId: string;
  action: HistoryAction;
  actor: Actor;
  unitCode: string;
  at: Date;
  legalBasis: string;
  details: Record<string, unknown>;
}

/** The hash that the first entry of every record chains from. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of one entry: SHA-256 over its canonical JSON, including the previous hash. */
export function hashHistoryEntry(entry: {
  recordId: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorRole: string;
  unitCode: string;
  at: string;
  legalBasis: string;
  details: unknown;
  prevHash: string;
}): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/**
 * Appends one entry to a record's legal history, chained to the entry before it. The table
 * refuses updates and deletes (a trigger), so this is the only way history changes. Locks the
 * record row so concurrent appends to one record queue up; call it inside the transaction that
 * makes the change it describes.
 */
export async function appendHistory(sql: Sql, entry: HistoryEntry): Promise<number> {
  await sql.query('select id from records where id = $1 for update', [entry.recordId]);
  const [last] = await sql.query<{ seq: number; hash: string }>(
    'select seq, hash from record_history where record_id = $1 order by seq desc limit 1',
    [entry.recordId],
  );
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    recordId: entry.recordId,
    seq,
    action: entry.action,
    actorId: entry.actor.userId,
    actorRole: entry.actor.role,
    unitCode: entry.unitCode,
    at: entry.at.toISOString(),
    legalBasis: entry.legalBasis,
    details: entry.details,
    prevHash,
  };

  await sql.query(
    `insert into record_history (record_id, seq, action, actor_id, actor_role, unit_code, at,
       legal_basis, details, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [fields.recordId, seq, fields.action, fields.actorId, fields.actorRole, fields.unitCode,
      entry.at, fields.legalBasis, JSON.stringify(fields.details), prevHash, hashHistoryEntry(fields)],
  );

  return seq;
}
