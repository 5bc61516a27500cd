import { createHash } from 'node:crypto';
import type { Db } from '../db/db.ts';
import type { CallResult, CloudApiClient } from './cloud-api-client.ts';

/**
 * Downloads a photo or PDF that a citizen sent as evidence for a correction request and keeps
 * its bytes and SHA-256 beside the request: webhook media ids live only 7 days (contract
 * §1.6). Already fetched evidence is left alone. Failures come back as values; a retryable
 * one is worth another try by the worker.
 */
export async function fetchEvidence(
  db: Db,
  client: CloudApiClient,
  evidenceId: string,
): Promise<CallResult<{ bytes: number }>> {
  const [evidence] = await db.query<{ wa_media_id: string; fetched_at: Date | null }>(
    'select wa_media_id, fetched_at from registrar_queue_evidence where id = $1',
    [evidenceId],
  );
  if (!evidence) return { ok: false, reason: 'no such evidence', retryable: false };
  if (evidence.fetched_at) return { ok: true, value: { bytes: 0 } };

  const downloaded = await client.downloadMedia(evidence.wa_media_id);
  if (!downloaded.ok) return downloaded;

  const { bytes, mimeType } = downloaded.value;
  await db.query(
    `update registrar_queue_evidence set bytes = $2, sha256 = $3, mime_type = $4, fetched_at = now()
     where id = $1`,
    [evidenceId, bytes, createHash('sha256').update(bytes).digest('hex'), mimeType],
  );

  return { ok: true, value: { bytes: bytes.length } };
}
