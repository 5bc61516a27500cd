import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { queueReference, type QueueItemKind } from './add-queue-item.ts';
import { maskWaId } from './phone.ts';

/** One item of a registrar's queue; `kind` says which of the typed shapes it is. */
export interface QueueItem {
  id: string;
  reference: string;
  kind: QueueItemKind;
  createdAt: string;
  recordId: string | null;
  registrationNumber: string | null;
  /** The number to call back, masked but for its last four digits. */
  contact: string | null;
  description: string | null;
  details: Record<string, unknown>;
  evidence: {
    id: string;
    filename: string | null;
    mimeType: string;
    caption: string | null;
    bytes: number | null;
    sha256: string | null;
  }[];
}

interface QueueRow {
  id: string;
  kind: QueueItemKind;
  created_at: Date;
  record_id: string | null;
  registration_number: string | null;
  wa_id: string | null;
  description: string | null;
  details: Record<string, unknown>;
}

interface EvidenceRow {
  id: string;
  queue_item_id: string;
  filename: string | null;
  mime_type: string;
  caption: string | null;
  size: number | null;
  sha256: string | null;
}

/**
 * The open items of the caller's unit, oldest first: field issues, correction requests with
 * their evidence, informants who cannot be reached. Numbers are masked. FORBIDDEN for an
 * actor without a unit.
 */
export async function listQueue(
  sql: Sql,
  actor: Actor,
  options: { kind?: QueueItemKind } = {},
): Promise<QueueItem[]> {
  if (!actor.unitCode) throw new AppError('FORBIDDEN', 'the queue belongs to a unit');

  const rows = await sql.query<QueueRow>(
    `select q.id, q.kind, q.created_at, q.record_id, r.registration_number, q.wa_id, q.description, q.details
     from registrar_queue q left join records r on r.id = q.record_id
     where q.unit_code = $1 and q.resolved_at is null and ($2::text is null or q.kind = $2)
     order by q.created_at, q.id`,
    [actor.unitCode, options.kind ?? null],
  );
  const evidence = await sql.query<EvidenceRow>(
    `select id, queue_item_id, filename, mime_type, caption, length(bytes) as size, sha256
     from registrar_queue_evidence where queue_item_id = any($1::uuid[]) order by created_at`,
    [rows.map((row) => row.id)],
  );

  return rows.map((row) => ({
    id: row.id,
    reference: queueReference(row.id),
    kind: row.kind,
    createdAt: row.created_at.toISOString(),
    recordId: row.record_id,
    registrationNumber: row.registration_number,
    contact: row.wa_id ? maskWaId(row.wa_id) : null,
    description: row.description,
    details: row.details,
    evidence: evidence
      .filter((item) => item.queue_item_id === row.id)
      .map((item) => ({
        id: item.id,
        filename: item.filename,
        mimeType: item.mime_type,
        caption: item.caption,
        bytes: item.size,
        sha256: item.sha256,
      })),
  }));
}

/**
 * One file of evidence, for the registrar of the unit whose queue holds it; RECORD_NOT_FOUND
 * otherwise, as for a missing one, and while it has not been downloaded yet.
 */
export async function readEvidence(
  sql: Sql,
  actor: Actor,
  evidenceId: string,
): Promise<{ bytes: Buffer; mimeType: string; filename: string | null }> {
  const [row] = /^[0-9a-f-]{36}$/i.test(evidenceId)
    ? await sql.query<{
        bytes: Buffer | null;
        mime_type: string;
        filename: string | null;
        unit_code: string;
      }>(
        `select e.bytes, e.mime_type, e.filename, q.unit_code from registrar_queue_evidence e
         join registrar_queue q on q.id = e.queue_item_id where e.id = $1`,
        [evidenceId],
      )
    : [];
  if (!row?.bytes || row.unit_code !== actor.unitCode)
    throw new AppError('RECORD_NOT_FOUND', "no such evidence in the caller's unit");

  return { bytes: row.bytes, mimeType: row.mime_type, filename: row.filename };
}
