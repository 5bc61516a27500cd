import { sign } from 'node:crypto';
import type { Keyring } from '../certificates/keys.ts';
import type { Sql } from '../db/db.ts';
import { canonicalJson } from '../shared/canonical-json.ts';

/**
 * How far behind the clock a checkpoint's cut-off lies, so that a transaction still open when
 * the checkpoint is taken cannot add an entry the checkpoint should have covered.
 */
export const CHECKPOINT_LAG_MS = 60_000;

/** What a checkpoint covers: the head of every record's chain as of `at`. */
export interface HistoryDigest {
  at: Date;
  recordCount: number;
  entryCount: number;
  digest: string;
}

export interface Checkpoint extends HistoryDigest {
  id: number;
  keyId: string;
  signature: string;
}

/**
 * The digest over the latest entry of every record's history dated at or before `at`: SHA-256
 * over "record seq hash" lines in record order. Computed in the database, so a million records
 * cost one scan. `entryCount` is the sum of the head sequence numbers.
 */
export async function digestHistory(sql: Sql, at: Date): Promise<HistoryDigest> {
  const [row] = await sql.query<{ record_count: string | number; entry_count: string | number | null; digest: string }>(
    `with heads as (
       select distinct on (record_id) record_id, seq, hash from record_history
       where at <= $1 order by record_id, seq desc)
     select count(*) as record_count, coalesce(sum(seq), 0) as entry_count,
       encode(sha256(convert_to(coalesce(string_agg(record_id::text || ' ' || seq || ' ' || hash, E'\\n'
         order by record_id), ''), 'UTF8')), 'hex') as digest
     from heads`,
    [at],
  );

  return {
    at,
    recordCount: Number(row?.record_count ?? 0),
    entryCount: Number(row?.entry_count ?? 0),
    digest: row?.digest ?? '',
  };
}

/** The bytes a checkpoint's signature covers. */
export function checkpointMessage(digest: HistoryDigest): Buffer {
  return Buffer.from(
    canonicalJson({
      at: digest.at.toISOString(),
      recordCount: digest.recordCount,
      entryCount: digest.entryCount,
      digest: digest.digest,
    }),
  );
}

/**
 * Writes a signed checkpoint over all records' histories (the heads as of now minus
 * CHECKPOINT_LAG_MS), signed with the state's Ed25519 certificate key. The table is
 * append-only (a trigger), so a later rewrite of any chain no longer matches a checkpoint and
 * `patra audit verify` reports it. Writes no record history; throws when the keyring cannot sign.
 */
export async function checkpointHistory(sql: Sql, keyring: Keyring, now: Date = new Date()): Promise<Checkpoint> {
  if (!keyring.signing) throw new Error('this keyring cannot sign checkpoints');

  const at = new Date(Math.floor((now.getTime() - CHECKPOINT_LAG_MS) / 1000) * 1000);
  const digest = await digestHistory(sql, at);
  const signature = sign(null, checkpointMessage(digest), keyring.signing.privateKey).toString('base64url');

  const [row] = await sql.query<{ id: string | number }>(
    `insert into history_checkpoints (at, record_count, entry_count, digest, key_id, signature)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [at, digest.recordCount, digest.entryCount, digest.digest, keyring.signing.keyId, signature],
  );

  return { ...digest, id: Number(row?.id ?? 0), keyId: keyring.signing.keyId, signature };
}
