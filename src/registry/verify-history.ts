import { verify } from 'node:crypto';
import type { Keyring } from '../certificates/keys.ts';
import type { Sql } from '../db/db.ts';
import { GENESIS_HASH, hashHistoryEntry } from './append-history.ts';
import { checkpointMessage, digestHistory } from './checkpoint-history.ts';

/** The first place where the history stops adding up. */
export type HistoryBreak =
  | { kind: 'entry'; recordId: string; seq: number; reason: 'seq-gap' | 'prev-hash-mismatch' | 'hash-mismatch' }
  | { kind: 'checkpoint'; checkpointId: number; reason: 'unknown-key' | 'bad-signature' | 'digest-mismatch' };

export type HistoryVerification =
  | { ok: true; records: number; entries: number; checkpoints: number }
  | { ok: false; broken: HistoryBreak; records: number; entries: number };

interface EntryRow {
  record_id: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_role: string;
  unit_code: string;
  at: Date;
  legal_basis: string;
  details: unknown;
  prev_hash: string;
  hash: string;
}

interface CheckpointRow {
  id: string | number;
  at: Date;
  record_count: number;
  entry_count: number;
  digest: string;
  key_id: string;
  signature: string;
}

const RECORDS_PER_BATCH = 500;

/**
 * Recomputes every record's hash chain (sequence, link to the previous entry, the entry's own
 * hash) and then every signed checkpoint (signature with the trusted keys, digest over the
 * chain heads as of its cut-off). Returns the first break: the record id and seq of the first
 * entry that does not add up, or the first checkpoint that does not. Reads only.
 */
export async function verifyHistory(sql: Sql, keyring: Keyring): Promise<HistoryVerification> {
  let records = 0;
  let entries = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await loadBatch(sql, after);
    if (batch.length === 0) break;

    const broken = findBrokenEntry(batch);
    if (broken) return { ok: false, broken, records, entries };

    records += new Set(batch.map((row) => row.record_id)).size;
    entries += batch.length;
    after = batch.at(-1)?.record_id ?? after;
  }

  const checkpoints = await sql.query<CheckpointRow>('select * from history_checkpoints order by id');
  for (const checkpoint of checkpoints) {
    const broken = await checkCheckpoint(sql, keyring, checkpoint);
    if (broken) return { ok: false, broken, records, entries };
  }

  return { ok: true, records, entries, checkpoints: checkpoints.length };
}

async function loadBatch(sql: Sql, after: string): Promise<EntryRow[]> {
  return sql.query<EntryRow>(
    `select * from record_history where record_id in (
       select distinct record_id from record_history where record_id > $1 order by record_id limit $2)
     order by record_id, seq`,
    [after, RECORDS_PER_BATCH],
  );
}

function findBrokenEntry(rows: EntryRow[]): HistoryBreak | undefined {
  let previous: EntryRow | undefined;
  for (const row of rows) {
    const isFirst = previous?.record_id !== row.record_id;
    const expectedSeq = isFirst ? 1 : (previous?.seq ?? 0) + 1;
    const expectedPrev = isFirst ? GENESIS_HASH : (previous?.hash ?? '');
    const at = { kind: 'entry' as const, recordId: row.record_id, seq: row.seq };
    if (row.seq !== expectedSeq) return { ...at, reason: 'seq-gap' };
    if (row.prev_hash !== expectedPrev) return { ...at, reason: 'prev-hash-mismatch' };
    if (row.hash !== recomputeHash(row)) return { ...at, reason: 'hash-mismatch' };

    previous = row;
  }

  return undefined;
}

function recomputeHash(row: EntryRow): string {
  return hashHistoryEntry({
    recordId: row.record_id,
    seq: row.seq,
    action: row.action,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    unitCode: row.unit_code,
    at: row.at.toISOString(),
    legalBasis: row.legal_basis,
    details: row.details,
    prevHash: row.prev_hash,
  });
}

async function checkCheckpoint(sql: Sql, keyring: Keyring, row: CheckpointRow): Promise<HistoryBreak | undefined> {
  const checkpointId = Number(row.id);
  const key = keyring.trusted.get(row.key_id);
  if (!key) return { kind: 'checkpoint', checkpointId, reason: 'unknown-key' };

  const signed = { at: row.at, recordCount: row.record_count, entryCount: row.entry_count, digest: row.digest };
  const isSigned = verify(null, checkpointMessage(signed), key.publicKey, Buffer.from(row.signature, 'base64url'));
  if (!isSigned) return { kind: 'checkpoint', checkpointId, reason: 'bad-signature' };

  const now = await digestHistory(sql, row.at);
  const isSame = now.digest === row.digest && now.recordCount === row.record_count && now.entryCount === row.entry_count;

  return isSame ? undefined : { kind: 'checkpoint', checkpointId, reason: 'digest-mismatch' };
}
